package org.gongkai.search;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublicInformationChanged;
import org.gongkai.information.PublicInformationReloaded;
import org.gongkai.information.PublicText;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.ClusterChange;
import org.gongkai.shared.ScheduledLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with what the public can see. Each {@link PublicInformationChanged} is handled
 * right after its transaction commits, in the same thread, so the change is searchable when the editor's
 * request returns. The event publication registry records each one first: a crash before the index took it
 * leaves the publication incomplete, and it is handled again at the next start. At start the index is also
 * rebuilt from the database when it is missing, when its size differs from the number of public records, or
 * when {@code --rebuild-search-index} asks for it.
 */
@Component
@Order(10)
class SearchIndexing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final SearchIndex index;
    private final PublicInformation information;
    private final ZoneId zone;

    private final ScheduledLeases leases;

    private final OrganizationDirectory directory;

    SearchIndexing(
            SearchIndex index,
            PublicInformation information,
            Clock clock,
            ScheduledLeases leases,
            OrganizationDirectory directory) {
        this.index = index;
        this.information = information;
        this.zone = clock.getZone();
        this.leases = leases;
        this.directory = directory;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(PublicInformationChanged event) {
        follow(event.recordId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(PublicInformationReloaded event) {
        rebuild();
    }

    /**
     * Changes made on another node: an index of this node's own (Lucene) follows them as it follows this node's;
     * the shared index (OpenSearch) already has them, written by the node that made them.
     */
    @EventListener
    @Transactional(readOnly = true)
    void on(ClusterChange change) {
        if (index.shared()) {
            return;
        }
        if (change.is(ClusterChange.INFORMATION)) {
            follow(change.subject());
        } else if (change.is(ClusterChange.RELOADED)) {
            rebuild();
        }
    }

    void follow(long recordId) {
        information
                .text(recordId)
                .ifPresentOrElse(t -> index.put(document(t, directory.parents())), () -> index.remove(recordId));
    }

    @Override
    public void run(ApplicationArguments args) {
        long public_ = information.publicCount();
        long indexed = index.count();
        if (args.containsOption("rebuild-search-index") || indexed != public_ || !index.current()) {
            log.info("检索索引有 {} 条，公开信息有 {} 条，开始重建。", indexed, public_);
            if (!index.shared()) {
                rebuild();
            } else if (leases.acquire(REBUILD, Duration.ofHours(1))) {
                // one node rebuilds the index every node uses; nodes starting meanwhile leave it to that one
                try {
                    rebuild();
                } finally {
                    leases.release(REBUILD);
                }
            } else {
                log.info("另一节点正在重建检索索引。");
            }
        }
    }

    private static final String REBUILD = "search-rebuild";

    /**
     * Rebuilds the whole index from the published records, read in batches of {@value #BATCH} (a few queries a
     * batch, not several a record); returns how many were indexed.
     */
    long rebuild() {
        long start = System.nanoTime();
        Map<Long, Long> parents = directory.parents();
        Iterator<SearchDocument> documents = new Iterator<>() {
            private List<PublicText> batch = List.of();
            private int next;
            private long lastId;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next < batch.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                batch = information.texts(lastId, BATCH);
                next = 0;
                if (batch.isEmpty()) {
                    done = true;
                    return false;
                }
                lastId = batch.get(batch.size() - 1).recordId();
                return true;
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return document(batch.get(next++), parents);
            }
        };
        index.replaceAll(documents);
        log.info("检索索引已重建：{} 条，用时 {} 毫秒。", index.count(), (System.nanoTime() - start) / 1_000_000);
        return index.count();
    }

    private static final int BATCH = 1000;

    SearchDocument document(PublicText t, Map<Long, Long> parents) {
        Set<Long> scope = new LinkedHashSet<>();
        for (Long unit : t.organizationIds()) {
            scope.addAll(OrganizationDirectory.ancestry(unit, parents));
        }
        return new SearchDocument(
                t.recordId(),
                t.indexNumber(),
                t.title(),
                t.documentNumber(),
                t.summary(),
                t.bodyText(),
                t.attachmentText(),
                t.organizationIds(),
                t.topicCode(),
                t.documentType().name(),
                t.validity().name(),
                t.firstPublishedAt(),
                t.firstPublishedAt().atZone(zone).getYear(),
                List.copyOf(scope));
    }
}
