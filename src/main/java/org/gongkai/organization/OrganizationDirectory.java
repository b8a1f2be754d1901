package org.gongkai.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory of organizations (机构职能, 国务院令第711号 第二十条(二)): names, functions,
 * addresses, hours and contacts are public by law, so reading needs no sign-in.
 */
@Service
public class OrganizationDirectory {

    /** How long another node's change may take to show here (this node's own changes show at once). */
    private static final long FRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    private final OrganizationRepository repository;
    /** Every organization and when it was read; organizations are few and read on every public page. */
    private volatile Loaded loaded;
    /** Counts changes, so that a read that raced with a change is not kept. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    /** One load of the directory, with its top organization found once (pages ask for it on every request). */
    private record Loaded(
            List<Organization> all, Map<Long, Organization> byId, Optional<Organization> root, long atNanos) {}

    OrganizationDirectory(OrganizationRepository repository) {
        this.repository = repository;
    }

    /**
     * The organizations: from the copy kept here for readers, from the database for a transaction that writes
     * (it must see its own changes, and what it sees is never kept, since it may yet roll back).
     */
    private Loaded snapshot() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                && !org.springframework.transaction.support.TransactionSynchronizationManager
                        .isCurrentTransactionReadOnly()) {
            return read();
        }
        Loaded l = loaded;
        if (l == null || System.nanoTime() - l.atNanos() > FRESH_NANOS) {
            long before = changes.get();
            l = read();
            if (changes.get() == before) {
                loaded = l;
            }
        }
        return l;
    }

    private Loaded read() {
        List<Organization> all = List.copyOf(repository.organizations());
        return new Loaded(
                all,
                all.stream().collect(Collectors.toUnmodifiableMap(Organization::id, o -> o)),
                all.stream()
                        .filter(o -> o.parentId() == null)
                        .min(Comparator.comparingInt(Organization::sortOrder).thenComparingLong(Organization::id)),
                System.nanoTime());
    }

    private List<Organization> organizations() {
        return snapshot().all();
    }

    /**
     * Organizations or contacts changed: read them again, when the change is made and again once its transaction
     * ends. Public, so that the call reaches this bean through its transactional proxy wherever it is loaded.
     */
    @org.springframework.context.event.EventListener
    public void changed(org.gongkai.shared.PublicContentChanged event) {
        changes.incrementAndGet();
        loaded = null;
    }

    @org.springframework.transaction.event.TransactionalEventListener(
            fallbackExecution = true,
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMPLETION)
    public void completed(org.gongkai.shared.PublicContentChanged event) {
        changes.incrementAndGet();
        loaded = null;
    }

    /** An organization with its depth in the tree, for an indented listing. */
    public record Entry(Organization organization, int depth) {}

    /** All organizations in tree order: each parent followed by its children, by sort order. */
    @Transactional(readOnly = true)
    public List<Entry> tree() {
        List<Organization> all = organizations();
        Map<Long, List<Organization>> byParent =
                all.stream().filter(o -> o.parentId() != null).collect(Collectors.groupingBy(Organization::parentId));
        List<Entry> out = new ArrayList<>();
        all.stream()
                .filter(o -> o.parentId() == null || all.stream().noneMatch(p -> p.id() == o.parentId()))
                .sorted(Comparator.comparingInt(Organization::sortOrder).thenComparingLong(Organization::id))
                .forEach(root -> walk(root, 0, byParent, out));
        return out;
    }

    /** The unit and the units below it in tree order (all organizations when {@code unitId} is null), e.g. a site's. */
    @Transactional(readOnly = true)
    public List<Entry> tree(Long unitId) {
        List<Entry> all = tree();
        if (unitId == null) {
            return all;
        }
        java.util.Set<Long> below = new java.util.HashSet<>(subtree(unitId));
        return all.stream().filter(e -> below.contains(e.organization().id())).toList();
    }

    private static void walk(Organization o, int depth, Map<Long, List<Organization>> byParent, List<Entry> out) {
        out.add(new Entry(o, depth));
        if (depth > 20) {
            return;
        }
        byParent.getOrDefault(o.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(Organization::sortOrder).thenComparingLong(Organization::id))
                .forEach(child -> walk(child, depth + 1, byParent, out));
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(long id) {
        Organization o = snapshot().byId().get(id);
        return o != null ? Optional.of(o) : repository.organization(id);
    }

    @Transactional(readOnly = true)
    public Optional<Jurisdiction> jurisdiction(long id) {
        return repository.jurisdiction(id);
    }

    @Transactional(readOnly = true)
    public List<Organization> children(long id) {
        return organizations().stream()
                .filter(o -> o.parentId() != null && o.parentId() == id)
                .toList();
    }

    /** The organization and every organization below it, read from one load of the directory. */
    @Transactional(readOnly = true)
    public List<Long> subtree(long id) {
        Map<Long, List<Organization>> byParent = organizations().stream()
                .filter(o -> o.parentId() != null)
                .collect(Collectors.groupingBy(Organization::parentId));
        List<Long> result = new ArrayList<>(List.of(id));
        for (int i = 0; i < result.size(); i++) {
            byParent.getOrDefault(result.get(i), List.of()).forEach(child -> result.add(child.id()));
        }
        return result;
    }

    /**
     * Each organization's parent, by id (a top organization has none), from one load of the directory: for the
     * scopes of the listings and the search index, which hold each record under its units and every unit above them.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> parents() {
        Map<Long, Long> parents = new java.util.HashMap<>();
        for (Organization o : organizations()) {
            if (o.parentId() != null) {
                parents.put(o.id(), o.parentId());
            }
        }
        return parents;
    }

    /**
     * The unit and every unit above it, nearest first, by these parents (at most 20 levels, so a damaged tree cannot
     * loop).
     */
    public static List<Long> ancestry(long id, Map<Long, Long> parents) {
        List<Long> out = new ArrayList<>();
        Long at = id;
        while (at != null && out.size() <= 20 && !out.contains(at)) {
            out.add(at);
            at = parents.get(at);
        }
        return out;
    }

    /** Every organization's name by id, for listings that show who issued what. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        return organizations().stream().collect(Collectors.toMap(Organization::id, Organization::name));
    }

    /** The top organization (the county's people's government), if set up. */
    @Transactional(readOnly = true)
    /** The organizations where an enabled staff member holds {@code role} (granted on the organization itself). */
    public java.util.Set<Long> unitsWithRole(Role role) {
        return repository.unitsWithRole(role.name());
    }

    public Optional<Organization> root() {
        return snapshot().root();
    }
}
