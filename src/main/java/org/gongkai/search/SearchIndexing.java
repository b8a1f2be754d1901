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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
     * batch, not several a record); the next batch is read while the index analyses the current one. Returns how many
     * were indexed.
     */
    long rebuild() {
        long start = System.nanoTime();
        Map<Long, Long> parents = directory.parents();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search-rebuild-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            index.replaceAll(new ReadAhead(reader, parents));
        } finally {
            reader.shutdownNow();
        }
        log.info("检索索引已重建：{} 条，用时 {} 毫秒。", index.count(), (System.nanoTime() - start) / 1_000_000);
        return index.count();
    }

    /** The records as documents, batch after batch, the next batch always being read meanwhile. Not thread-safe. */
    private final class ReadAhead implements Iterator<SearchDocument> {
        private final ExecutorService reader;
        private final Map<Long, Long> parents;
        private List<PublicText> batch = List.of();
        private int next;
        private Future<List<PublicText>> coming;

        ReadAhead(ExecutorService reader, Map<Long, Long> parents) {
            this.reader = reader;
            this.parents = parents;
            this.coming = reader.submit(() -> information.texts(0, BATCH));
        }

        @Override
        public boolean hasNext() {
            if (next < batch.size()) {
                return true;
            }
            if (coming == null) {
                return false;
            }
            batch = await(coming);
            next = 0;
            if (batch.isEmpty()) {
                coming = null;
                return false;
            }
            long lastId = batch.get(batch.size() - 1).recordId();
            coming = reader.submit(() -> information.texts(lastId, BATCH));
            return true;
        }

        @Override
        public SearchDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return document(batch.get(next++), parents);
        }

        private static List<PublicText> await(Future<List<PublicText>> batch) {
            try {
                return batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("索引重建被中断", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
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
