package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.hc.core5.http.HttpHost;
import org.gongkai.shared.ServiceUnavailable;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.LongTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The search index of a province cluster: one OpenSearch index shared by every node, Chinese segmented by the
 * smartcn plugin (the analyzer of {@link LuceneSearchIndex}), with the same fields, query, filters, exact 文号 and
 * 索引号 and highlighting, so that both engines give the same hits for the same records (SearchIndexContract).
 *
 * <p>Searches and writes go through an alias ({@code gongkai.search.opensearch.index}). A rebuild fills a new index
 * named {@code <alias>_v<random>} while the old one keeps answering, then moves the alias in one atomic step and
 * deletes the old index: searches never see a half-built index. While it builds, the new index also carries the
 * alias {@code <alias>-building}, and every node writes each change to both; the rebuild adds its documents with
 * {@code create}, so a newer document written by a change is never overwritten by the rebuild's older copy; a record
 * withdrawn meanwhile leaves a tombstone there (only its id and {@code gone}) that the rebuild's older copy cannot
 * replace either, and the tombstones are deleted once the alias has moved.
 */
class OpenSearchSearchIndex implements SearchIndex, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchIndex.class);
    private static final int BULK = 500;
    private static final long FACETS_FOR_NANOS = 2_000_000_000L;

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;
    private final String alias;
    private final String building;
    private final ReentrantLock rebuilds = new ReentrantLock();
    private volatile Object[] facetsAt;

    OpenSearchSearchIndex(String url, String alias) {
        this.transport = ApacheHttpClient5TransportBuilder.builder(HttpHost.create(java.net.URI.create(url)))
                .setMapper(new JacksonJsonpMapper())
                .build();
        this.client = new OpenSearchClient(transport);
        this.alias = alias;
        this.building = alias + "-building";
        ensureIndex();
    }

    /** The first node to start on an empty cluster creates the index (empty; the start-time check fills it). */
    private void ensureIndex() {
        try {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                String first = newIndex();
                refreshEvery(first, "1s");
                try {
                    client.indices()
                            .updateAliases(u ->
                                    u.actions(a -> a.add(add -> add.index(first).alias(alias))));
                } catch (OpenSearchException e) {
                    delete(first);
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法连接检索服务 OpenSearch", e);
        }
    }

    /** A record as it is sent to OpenSearch; the exact forms, summary and attachments are indexed, not kept. */
    record Indexed(
            long id,
            String indexNumber,
            String indexExact,
            String documentNumber,
            String documentExact,
            String title,
            String body,
            String summary,
            String attachments,
            List<Long> org,
            List<Long> scope,
            long lead,
            List<String> topic,
            String type,
            String validity,
            int year,
            long published) {

        static Indexed of(SearchDocument d) {
            return new Indexed(
                    d.recordId(),
                    d.indexNumber(),
                    LuceneSearchIndex.exact(d.indexNumber()),
                    d.documentNumber(),
                    d.documentNumber() == null ? null : LuceneSearchIndex.exact(d.documentNumber()),
                    d.title(),
                    d.body() == null ? "" : d.body(),
                    d.summary(),
                    d.attachments(),
                    List.copyOf(d.organizationIds()),
                    List.copyOf(d.scopeIds()),
                    d.organizationIds().get(0),
                    d.topicCodes(),
                    d.documentType(),
                    d.validity(),
                    d.year(),
                    d.publishedAt().toEpochMilli());
        }
    }

    @Override
    public void put(SearchDocument document) {
        Indexed indexed = Indexed.of(document);
        String id = Long.toString(document.recordId());
        try {
            client.index(i -> i.index(alias).id(id).document(indexed).refresh(Refresh.True));
            if (isBuilding()) {
                try {
                    client.index(i -> i.index(building).id(id).document(indexed));
                } catch (OpenSearchException e) {
                    // the rebuild finished in between: the alias already points at the index just written
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("检索索引写入失败", e);
        }
    }

    @Override
    public void remove(long recordId) {
        String id = Long.toString(recordId);
        try {
            client.delete(d -> d.index(alias).id(id).refresh(Refresh.True));
            if (isBuilding()) {
                try {
                    client.index(i -> i.index(building).id(id).document(new Tombstone(recordId, true)));
                } catch (OpenSearchException e) {
                    // as in put
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("检索索引写入失败", e);
        }
    }

    /** What a withdrawal leaves in an index being rebuilt, so that the rebuild's older copy does not come back. */
    record Tombstone(long id, boolean gone) {}

    private boolean isBuilding() throws IOException {
        return client.indices().existsAlias(e -> e.name(building)).value();
    }

    @Override
    public void replaceAll(Iterator<SearchDocument> documents) {
        rebuilds.lock();
        String next = null;
        try {
            next = newIndex();
            String target = next;
            client.indices()
                    .updateAliases(
                            u -> u.actions(a -> a.add(add -> add.index(target).alias(building))));
            List<SearchDocument> batch = new ArrayList<>(BULK);
            while (documents.hasNext()) {
                batch.add(documents.next());
                if (batch.size() == BULK) {
                    bulkCreate(next, batch);
                    batch.clear();
                }
            }
            bulkCreate(next, batch);
            refreshEvery(next, "1s");
            client.indices().refresh(r -> r.index(target));
            List<String> previous = holders(alias);
            client.indices().updateAliases(u -> {
                for (String old : previous) {
                    u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
                }
                return u.actions(a -> a.add(add -> add.index(target).alias(alias)))
                        .actions(a -> a.remove(r -> r.index(target).alias(building)));
            });
            next = null;
            for (String old : previous) {
                delete(old);
            }
            client.deleteByQuery(d -> d.index(target)
                    .query(t -> t.term(g -> g.field("gone").value(FieldValue.of(true))))
                    .refresh(Refresh.True)
                    .conflicts(org.opensearch.client.opensearch._types.Conflicts.Proceed));
        } catch (IOException e) {
            throw new UncheckedIOException("检索索引重建失败", e);
        } finally {
            if (next != null) {
                delete(next);
            }
            facetsAt = null;
            rebuilds.unlock();
        }
    }

    /** Adds a batch with {@code create}: a document or tombstone a change wrote meanwhile is newer and stays. */
    private void bulkCreate(String index, List<SearchDocument> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        for (SearchDocument d : batch) {
            Indexed indexed = Indexed.of(d);
            bulk.operations(
                    op -> op.create(c -> c.id(Long.toString(d.recordId())).document(indexed)));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null
                        && !"version_conflict_engine_exception"
                                .equals(item.error().type())) {
                    throw new IOException("检索索引批量写入失败：" + item.error().type() + " "
                            + item.error().reason());
                }
            }
        }
    }

    /** Creates an index with the settings and mapping of {@code opensearch-index.json}, refresh off while it fills. */
    private String newIndex() throws IOException {
        String name =
                alias + "_v" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String body;
        try (InputStream in = OpenSearchSearchIndex.class.getResourceAsStream("opensearch-index.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Response response = client.generic()
                .execute(Requests.builder()
                        .method("PUT")
                        .endpoint("/" + name)
                        .json(body)
                        .build())) {
            if (response.getStatus() != 200) {
                throw new IOException("无法创建检索索引 " + name + "：" + response.getStatus() + " "
                        + response.getBody().map(b -> b.bodyAsString()).orElse(""));
            }
        }
        return name;
    }

    private void refreshEvery(String index, String interval) throws IOException {
        client.indices().putSettings(s -> s.index(index).settings(t -> t.refreshInterval(r -> r.time(interval))));
    }

    private List<String> holders(String name) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(name)).value()) {
            return List.of();
        }
        return List.copyOf(client.indices().getAlias(g -> g.name(name)).result().keySet());
    }

    private void delete(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | OpenSearchException e) {
            log.warn("未能删除旧检索索引 {}：{}", index, e.getMessage());
        }
    }

    String alias() {
        return alias;
    }

    /** Whether the index behind the alias was created with this version's mapping ({@code _meta.format}). */
    @Override
    public boolean current() {
        try {
            var mappings = client.indices().getMapping(g -> g.index(alias)).result();
            return !mappings.isEmpty()
                    && mappings.values().stream()
                            .allMatch(m -> m.mappings().meta() != null
                                    && m.mappings().meta().containsKey("format")
                                    && FORMAT.equals(
                                            m.mappings().meta().get("format").to(String.class)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public long count() {
        try {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                return -1;
            }
            return client.count(c -> c.index(alias).query(t -> t.exists(e -> e.field(LuceneSearchIndex.PUBLISHED))))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query of {@link LuceneSearchIndex#query}, in OpenSearch's terms. */
    Query query(SearchQuery q) {
        String text = q.cleanText();
        String exact = LuceneSearchIndex.exact(text);
        List<Query> anyOf = new ArrayList<>();
        anyOf.add(Query.of(b -> b.match(
                m -> m.field(LuceneSearchIndex.ALL).query(FieldValue.of(text)).operator(Operator.And))));
        for (String other : q.alternatives()) {
            anyOf.add(Query.of(b -> b.match(m ->
                    m.field(LuceneSearchIndex.ALL).query(FieldValue.of(other)).operator(Operator.And))));
        }
        if (!exact.isEmpty()) {
            anyOf.add(Query.of(b -> b.term(
                    t -> t.field("indexExact").value(FieldValue.of(exact)).boost(100f))));
            anyOf.add(Query.of(b -> b.term(
                    t -> t.field("documentExact").value(FieldValue.of(exact)).boost(100f))));
            if (LuceneSearchIndex.isNumberPrefix(exact)) {
                anyOf.add(Query.of(
                        b -> b.prefix(p -> p.field("indexExact").value(exact).boost(50f))));
                anyOf.add(Query.of(
                        b -> b.prefix(p -> p.field("documentExact").value(exact).boost(50f))));
            }
        }
        for (LooseMatch loose : LooseMatch.of(q)) {
            anyOf.add(anyOf(LuceneSearchIndex.ALL, loose.words(), loose.wordsNeeded()));
            anyOf.add(anyOf(LuceneSearchIndex.GRAMS, loose.grams(), loose.gramsNeeded()));
        }
        List<Query> filters = new ArrayList<>();
        filter(
                filters,
                "org",
                q.organizationId() == null ? null : q.organizationId().toString());
        filter(filters, "scope", q.scopeId() == null ? null : q.scopeId().toString());
        filter(filters, "year", q.year() == null ? null : q.year().toString());
        filter(filters, "topic", q.topicCode());
        filter(filters, "type", q.documentType());
        filter(filters, "validity", q.validity());
        return Query.of(b ->
                b.bool(all -> all.must(m -> m.bool(match -> match.should(anyOf).minimumShouldMatch("1")))
                        .should(s -> s.matchPhrase(p ->
                                p.field(LuceneSearchIndex.TITLE).query(text).boost(4f)))
                        .filter(filters)));
    }

    /** Records with at least {@code needed} of these terms (as {@link LuceneSearchIndex} asks). */
    private static Query anyOf(String field, List<String> terms, int needed) {
        List<Query> each = new ArrayList<>();
        for (String t : terms) {
            each.add(Query.of(b -> b.term(x -> x.field(field).value(FieldValue.of(t)))));
        }
        return Query.of(b -> b.bool(x -> x.should(each).minimumShouldMatch(Integer.toString(Math.max(1, needed)))));
    }

    private static void filter(List<Query> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Query.of(b -> b.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }

    @Override
    public SearchResults search(SearchQuery q) {
        if (q.cleanText().isEmpty()) {
            return SearchResults.empty(q);
        }
        Query query = query(q);
        List<SortOptions> sort = new ArrayList<>();
        if (q.sort() != SearchQuery.Sort.DATE) {
            sort.add(SortOptions.of(s -> s.score(f -> f.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(
                s -> s.field(f -> f.field(LuceneSearchIndex.PUBLISHED).order(SortOrder.Desc))));
        // hits published at the same moment: the newer record first, as LuceneSearchIndex orders them
        sort.add(SortOptions.of(s -> s.field(f -> f.field(LuceneSearchIndex.ID).order(SortOrder.Desc))));
        try {
            SearchResponse<Indexed> response = client.search(
                    s -> s.index(alias)
                            .query(query)
                            .from((q.page() - 1) * q.size())
                            .size(q.size())
                            .trackTotalHits(t -> t.enabled(true))
                            .trackScores(true)
                            .sort(sort)
                            .highlight(h -> h.type(t -> t.builtin(BuiltinHighlighterType.Unified))
                                    .encoder(HighlighterEncoder.Html)
                                    .preTags("<mark>")
                                    .postTags("</mark>")
                                    .requireFieldMatch(false)
                                    .fields(LuceneSearchIndex.TITLE, f -> f.numberOfFragments(0))
                                    .fields(
                                            LuceneSearchIndex.BODY,
                                            f -> f.fragmentSize(140)
                                                    .numberOfFragments(1)
                                                    .noMatchSize(140))),
                    Indexed.class);
            List<SearchHit> hits = new ArrayList<>();
            for (Hit<Indexed> hit : response.hits().hits()) {
                Indexed d = hit.source();
                Map<String, List<String>> marked = hit.highlight();
                List<String> title = marked.get(LuceneSearchIndex.TITLE);
                List<String> body = marked.get(LuceneSearchIndex.BODY);
                hits.add(new SearchHit(
                        d.id(),
                        d.indexNumber(),
                        d.title(),
                        title == null || title.isEmpty() ? escape(d.title()) : title.get(0),
                        body == null || body.isEmpty() ? "" : body.get(0),
                        d.documentNumber(),
                        d.lead(),
                        Instant.ofEpochMilli(d.published()),
                        d.validity(),
                        hit.score() == null ? 0f : hit.score().floatValue()));
            }
            return new SearchResults(
                    hits,
                    response.hits().total().value(),
                    q.page(),
                    q.size(),
                    q.isTruncated(),
                    SearchGroups.NONE,
                    q.loose());
        } catch (IOException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** Four terms aggregations over every hit, no hits returned. */
    @Override
    public SearchGroups groups(SearchQuery q) {
        if (q.cleanText().isEmpty()) {
            return SearchGroups.NONE;
        }
        Query query = query(q);
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(alias)
                            .query(query)
                            .size(0)
                            .aggregations(
                                    "org", a -> a.terms(t -> t.field("org").size(SearchGroups.MAX_VALUES)))
                            .aggregations(
                                    "year", a -> a.terms(t -> t.field("year").size(SearchGroups.MAX_VALUES)))
                            .aggregations(
                                    "topic",
                                    a -> a.terms(t -> t.field("topic")
                                            .include(i -> i.regexp("[0-9][0-9]"))
                                            .size(SearchGroups.MAX_VALUES)))
                            .aggregations(
                                    "type", a -> a.terms(t -> t.field("type").size(SearchGroups.MAX_VALUES))),
                    Void.class);
            if (response.hits().total() != null && response.hits().total().value() == 0) {
                return SearchGroups.NONE;
            }
            return new SearchGroups(
                    counts(response, "org"),
                    counts(response, "year"),
                    counts(response, "topic"),
                    counts(response, "type"));
        } catch (IOException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static List<SearchGroups.Count> counts(SearchResponse<?> response, String name) {
        var aggregate = response.aggregations().get(name);
        List<SearchGroups.Count> out = new ArrayList<>();
        if (aggregate.isLterms()) {
            for (LongTermsBucket b : aggregate.lterms().buckets().array()) {
                out.add(new SearchGroups.Count(Long.toString(b.key().signed()), b.docCount()));
            }
        } else if (aggregate.isSterms()) {
            for (var b : aggregate.sterms().buckets().array()) {
                out.add(new SearchGroups.Count(b.key(), b.docCount()));
            }
        }
        return out;
    }

    /** Years and units from two terms aggregations, shared by all searches for two seconds. */
    @Override
    public SearchFacets facets() {
        Object[] cached = facetsAt;
        if (cached != null && System.nanoTime() - (long) cached[0] < FACETS_FOR_NANOS) {
            return (SearchFacets) cached[1];
        }
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(alias)
                            .size(0)
                            .aggregations(
                                    "years", a -> a.terms(t -> t.field("year").size(1000)))
                            .aggregations(
                                    "orgs", a -> a.terms(t -> t.field("org").size(100_000))),
                    Void.class);
            List<Integer> years = new ArrayList<>();
            for (LongTermsBucket b :
                    response.aggregations().get("years").lterms().buckets().array()) {
                years.add(b.key().signed().intValue());
            }
            years.sort(java.util.Comparator.reverseOrder());
            Set<Long> orgs = new HashSet<>();
            for (LongTermsBucket b :
                    response.aggregations().get("orgs").lterms().buckets().array()) {
                orgs.add(b.key().signed());
            }
            SearchFacets facets = new SearchFacets(List.copyOf(years), Set.copyOf(orgs));
            facetsAt = new Object[] {System.nanoTime(), facets};
            return facets;
        } catch (IOException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** The search cluster did not answer: the visitor is told to try again or browse, with 503. */
    private static ServiceUnavailable unavailable(Exception cause) {
        return new ServiceUnavailable("检索服务暂时不可用，请稍后再试；也可以在“政府信息公开”栏目中按单位、栏目浏览。", cause);
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Deletes this alias's indexes: for tests that each use an alias of their own. */
    void dropAll() throws IOException {
        client.indices()
                .delete(d -> d.index(alias + "_v*").ignoreUnavailable(true).allowNoIndices(true));
    }

    @Override
    public void destroy() throws IOException {
        transport.close();
    }
}
