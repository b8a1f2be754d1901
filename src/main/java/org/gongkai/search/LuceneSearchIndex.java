package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded search index: Lucene under {@code <data-dir>/search}, Chinese segmented into SmartChinese's words
 * (by {@link ChineseWordAnalyzer}). Every change is committed before it returns (so a crash never loses an
 * acknowledged change) and the searcher is refreshed at once. User text goes through the analyzer into
 * term and phrase queries built in code; it is never handed to a query parser, so no input can fail.
 */
@Component
@ConditionalOnProperty(name = "gongkai.search.engine", havingValue = "lucene", matchIfMissing = true)
class LuceneSearchIndex implements SearchIndex, DisposableBean {

    static final String ID = "id";
    /** The record's id as doc values: hits published at the same moment are ordered by it, newest record first. */
    static final String RECORD = "record";

    static final String ALL = "all";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PUBLISHED = "published";
    /** Title and body as two-character sequences (CJK bigrams), searched when the words find too little. */
    static final String GRAMS = "grams";
    /** The first two digits of the topic (its category), for counting hits by category. */
    static final String TOPIC_TOP = "topicTop";

    private static final Set<String> FIELDS_SHOWN =
            Set.of(ID, "indexNumber", TITLE, BODY, "documentNumber", "lead", PUBLISHED, "validity");

    /** Title and body keep term offsets in the postings, so snippets are cut without analysing the text again. */
    private static final FieldType INDEXED_WITH_OFFSETS = offsets();

    private final Analyzer analyzer = new ChineseWordAnalyzer();
    private final Analyzer grams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    /** Bigrams index term frequencies only: they are matched as terms, never as phrases or for snippets. */
    private static final FieldType GRAMS_TYPE = gramsType();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writes = new ReentrantLock();
    /** The highlighter of the current searcher (it is thread-safe; a new one comes with each refreshed searcher). */
    private volatile Object[] highlighterOf;
    /** The facets of the current searcher. */
    private volatile Object[] facetsOf;
    /** The doc-values states of the current searcher, for counting hits by group. */
    private volatile Object[] statesOf;

    LuceneSearchIndex(@Value("${gongkai.data-dir}") String dataDir) throws IOException {
        Path path = Path.of(dataDir, "search");
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        boolean existed = DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer, Map.of(GRAMS, grams)))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(BUFFER_MB);
        this.writer = new IndexWriter(directory, config);
        if (!existed) {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
        String stored = null;
        if (existed) {
            stored = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                    .getUserData()
                    .get(FORMAT_KEY);
        }
        this.format = existed ? (stored == null ? "1" : stored) : FORMAT;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** For measurements against raw Lucene on the same index. */
    SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void put(SearchDocument d) {
        change(() -> writer.updateDocument(new Term(ID, Long.toString(d.recordId())), document(d)));
    }

    @Override
    public void remove(long recordId) {
        change(() -> writer.deleteDocuments(new Term(ID, Long.toString(recordId))));
    }

    /** Analysis (word segmentation) is most of the work, so every core analyses documents while one reads the next. */
    @Override
    public void replaceAll(Iterator<SearchDocument> documents) {
        change(() -> {
            format = FORMAT;
            writer.deleteAll();
            // a rebuild adds every document at once: a larger buffer flushes fewer, larger segments to merge
            writer.getConfig().setRAMBufferSizeMB(REBUILD_BUFFER_MB);
            // the segments a rebuild flushes are merged soon after: not worth copying into compound files first
            writer.getConfig().setUseCompoundFile(false);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    workers.add(pool.submit(() -> {
                        while (true) {
                            SearchDocument d;
                            synchronized (documents) {
                                if (!documents.hasNext()) {
                                    return null;
                                }
                                d = documents.next();
                            }
                            writer.addDocument(document(d));
                        }
                    }));
                }
                for (java.util.concurrent.Future<?> w : workers) {
                    w.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("索引重建被中断", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
                writer.getConfig().setRAMBufferSizeMB(BUFFER_MB);
                writer.getConfig().setUseCompoundFile(true);
            }
        });
    }

    /** The indexing buffer for single changes, and for a rebuild (within the -Xmx512m the platform runs in). */
    private static final double BUFFER_MB = 16;

    private static final double REBUILD_BUFFER_MB = 64;

    private static final String FORMAT_KEY = "format";

    /** The format of the last commit; a change keeps it, a rebuild sets this version's. */
    private volatile String format = FORMAT;

    @Override
    public boolean current() {
        return FORMAT.equals(format);
    }

    @Override
    public long count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IndexChange {
        void apply() throws IOException;
    }

    private void change(IndexChange change) {
        writes.lock();
        try {
            change.apply();
            writer.setLiveCommitData(Map.of(FORMAT_KEY, format).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            try {
                writer.rollback();
            } catch (IOException ignored) {
                // the index is derived data; the registry retries the event
            }
            throw new UncheckedIOException("检索索引写入失败", e);
        } finally {
            writes.unlock();
        }
    }

    private Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.recordId()), Field.Store.YES));
        doc.add(new StoredField("indexNumber", d.indexNumber()));
        doc.add(new StringField("indexExact", exact(d.indexNumber()), Field.Store.NO));
        if (d.documentNumber() != null) {
            doc.add(new StoredField("documentNumber", d.documentNumber()));
            doc.add(new StringField("documentExact", exact(d.documentNumber()), Field.Store.NO));
        }
        // title and body are segmented once each and indexed twice: in their own fields (stored, with offsets,
        // for snippets) and in the field every query searches
        AnalyzedText title = AnalyzedText.of(analyzer, TITLE, d.title());
        AnalyzedText body = AnalyzedText.of(analyzer, BODY, nullToEmpty(d.body()));
        doc.add(new StoredField(TITLE, d.title()));
        doc.add(new Field(TITLE, title.stream(), INDEXED_WITH_OFFSETS));
        doc.add(new StoredField(BODY, nullToEmpty(d.body())));
        doc.add(new Field(BODY, body.stream(), INDEXED_WITH_OFFSETS));
        doc.add(new Field(
                ALL,
                AnalyzedText.joined(List.of(
                        title,
                        AnalyzedText.of(analyzer, ALL, nullToEmpty(d.documentNumber())),
                        AnalyzedText.of(analyzer, ALL, nullToEmpty(d.summary())),
                        body,
                        AnalyzedText.of(analyzer, ALL, nullToEmpty(d.attachments())))),
                TextField.TYPE_NOT_STORED));
        doc.add(new Field(GRAMS, d.title() + "\n" + nullToEmpty(d.body()), GRAMS_TYPE));
        for (Long org : d.organizationIds()) {
            doc.add(new StringField("org", org.toString(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField("org", new BytesRef(org.toString())));
        }
        for (Long scope : d.scopeIds()) {
            doc.add(new StringField("scope", scope.toString(), Field.Store.NO));
        }
        doc.add(new StoredField("lead", d.organizationIds().get(0)));
        for (String topic : d.topicCodes()) {
            doc.add(new StringField("topic", topic, Field.Store.NO));
        }
        if (d.topicCode() != null && d.topicCode().length() >= 2) {
            doc.add(new SortedDocValuesField(
                    TOPIC_TOP, new BytesRef(d.topicCode().substring(0, 2))));
        }
        doc.add(new StringField("type", d.documentType(), Field.Store.NO));
        doc.add(new SortedDocValuesField("type", new BytesRef(d.documentType())));
        doc.add(new StringField("validity", d.validity(), Field.Store.YES));
        doc.add(new StringField("year", Integer.toString(d.year()), Field.Store.NO));
        doc.add(new SortedDocValuesField("year", new BytesRef(Integer.toString(d.year()))));
        doc.add(new NumericDocValuesField(PUBLISHED, d.publishedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(RECORD, d.recordId()));
        doc.add(new StoredField(PUBLISHED, d.publishedAt().toEpochMilli()));
        return doc;
    }

    private static FieldType gramsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType offsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** 文号 and 索引号 as typed in many ways compare equal: blanks dropped, brackets and full-width forms unified. */
    static String exact(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case '〔', '[', '【', '(', '（', '﹝' -> out.append('[');
                case '〕', ']', '】', ')', '）', '﹞' -> out.append(']');
                default -> out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Whether typed text may be the beginning of a 索引号 or 文号 (issue 14 §1: "MB0001524" for MB0001524/2026-00005,
     * "示民发〔2026〕" for its 文号): normalized as {@link #exact}, with a digit, 4 to 60 characters. Words without digits
     * are not numbers, and a prefix that short would match too much.
     */
    static boolean isNumberPrefix(String exact) {
        return exact.length() >= 4 && exact.length() <= 60 && exact.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The query for free text: every word somewhere in the record (as government sites search), records with
     * the words as a phrase in the title ranked up, an exact 文号 or 索引号 first.
     */
    Query query(SearchQuery q) {
        String text = q.cleanText();
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        Query words = builder.createBooleanQuery(ALL, text, Occur.MUST);
        if (words != null) {
            match.add(words, Occur.SHOULD);
        }
        for (String other : q.alternatives()) {
            Query otherWords = builder.createBooleanQuery(ALL, other, Occur.MUST);
            if (otherWords != null) {
                match.add(otherWords, Occur.SHOULD);
            }
        }
        String exact = exact(text);
        if (!exact.isEmpty()) {
            match.add(new BoostQuery(new TermQuery(new Term("indexExact", exact)), 100f), Occur.SHOULD);
            match.add(new BoostQuery(new TermQuery(new Term("documentExact", exact)), 100f), Occur.SHOULD);
            if (isNumberPrefix(exact)) {
                match.add(new BoostQuery(new PrefixQuery(new Term("indexExact", exact)), 50f), Occur.SHOULD);
                match.add(new BoostQuery(new PrefixQuery(new Term("documentExact", exact)), 50f), Occur.SHOULD);
            }
        }
        for (LooseMatch loose : LooseMatch.of(q)) {
            match.add(anyOf(ALL, loose.words(), loose.wordsNeeded()), Occur.SHOULD);
            match.add(anyOf(GRAMS, loose.grams(), loose.gramsNeeded()), Occur.SHOULD);
        }
        match.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(match.build(), Occur.MUST);
        Query phrase = builder.createPhraseQuery(TITLE, text);
        if (phrase != null) {
            all.add(new BoostQuery(phrase, 4f), Occur.SHOULD);
        }
        filter(
                all,
                "org",
                q.organizationId() == null ? null : q.organizationId().toString());
        filter(all, "scope", q.scopeId() == null ? null : q.scopeId().toString());
        filter(all, "year", q.year() == null ? null : q.year().toString());
        filter(all, "topic", q.topicCode());
        filter(all, "type", q.documentType());
        filter(all, "validity", q.validity());
        return all.build();
    }

    /** Records with at least {@code needed} of these terms (none when there are no terms). */
    private static Query anyOf(String field, List<String> terms, int needed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(Math.max(1, needed));
        return b.build();
    }

    private static void filter(BooleanQuery.Builder builder, String field, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    @Override
    public SearchResults search(SearchQuery q) {
        if (q.cleanText().isEmpty()) {
            return SearchResults.empty(q);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(q);
                return results(searcher, query, top(searcher, query, q), q);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TopDocs top(IndexSearcher searcher, Query query, SearchQuery q) throws IOException {
        int n = q.page() * q.size();
        if (q.sort() == SearchQuery.Sort.DATE) {
            return searcher.search(query, n, new Sort(newest(), newestRecord()), true);
        }
        // equal scores: the newer record first, as OpenSearchSearchIndex sorts them
        return searcher.search(query, n, new Sort(SortField.FIELD_SCORE, newest(), newestRecord()), true);
    }

    private static SortField newest() {
        return new SortField(PUBLISHED, SortField.Type.LONG, true);
    }

    /** Not the index's document order, which differs between an index built record by record and one rebuilt. */
    private static SortField newestRecord() {
        return new SortField(RECORD, SortField.Type.LONG, true);
    }

    /** Every hit of the query, counted by unit, year, topic category and type. */
    @Override
    public SearchGroups groups(SearchQuery q) {
        if (q.cleanText().isEmpty()) {
            return SearchGroups.NONE;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                FacetsCollector hits = searcher.search(query(q), new FacetsCollectorManager());
                return groups(searcher, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] GROUPED = {"org", "year", TOPIC_TOP, "type"};

    /** How the hits divide by unit, year, topic category and type (doc values, states kept per searcher). */
    private SearchGroups groups(IndexSearcher searcher, FacetsCollector hits) throws IOException {
        if (hits.getMatchingDocs().stream().allMatch(m -> m.totalHits == 0)) {
            return SearchGroups.NONE;
        }
        Object[] cached = statesOf;
        StringDocValuesReaderState[] states;
        if (cached != null && cached[0] == searcher) {
            states = (StringDocValuesReaderState[]) cached[1];
        } else {
            states = new StringDocValuesReaderState[GROUPED.length];
            for (int i = 0; i < GROUPED.length; i++) {
                states[i] = new StringDocValuesReaderState(searcher.getIndexReader(), GROUPED[i]);
            }
            statesOf = new Object[] {searcher, states};
        }
        List<List<SearchGroups.Count>> counted = new ArrayList<>();
        for (int i = 0; i < GROUPED.length; i++) {
            List<SearchGroups.Count> counts = new ArrayList<>();
            org.apache.lucene.facet.FacetResult top =
                    new StringValueFacetCounts(states[i], hits).getTopChildren(SearchGroups.MAX_VALUES, GROUPED[i]);
            if (top != null) {
                for (org.apache.lucene.facet.LabelAndValue v : top.labelValues) {
                    counts.add(new SearchGroups.Count(v.label, v.value.longValue()));
                }
            }
            counted.add(counts);
        }
        return new SearchGroups(counted.get(0), counted.get(1), counted.get(2), counted.get(3));
    }

    private SearchResults results(IndexSearcher searcher, Query query, TopDocs top, SearchQuery q) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int from = Math.min(docs.length, (q.page() - 1) * q.size());
        int[] ids = new int[docs.length - from];
        for (int i = from; i < docs.length; i++) {
            ids[i - from] = docs[i].doc;
        }
        // each hit's stored fields are read once: what the hit shows, and the title and body the highlighter marks
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> loaded = new HashMap<>();
        int[] inOrder = ids.clone();
        java.util.Arrays.sort(inOrder); // in index order: neighbours share a compressed block
        for (int id : inOrder) {
            loaded.put(id, stored.document(id, FIELDS_SHOWN));
        }
        Map<String, String[]> marked = ids.length == 0
                ? Map.of()
                : highlighter(searcher, loaded)
                        .highlightFields(new String[] {TITLE, BODY}, query, ids, new int[] {1, 1});
        List<SearchHit> hits = new ArrayList<>();
        for (int i = from; i < docs.length; i++) {
            Document d = loaded.get(docs[i].doc);
            String title = d.get(TITLE);
            String titleHtml = marked.isEmpty() ? null : marked.get(TITLE)[i - from];
            String snippet = marked.isEmpty() ? null : marked.get(BODY)[i - from];
            hits.add(new SearchHit(
                    Long.parseLong(d.get(ID)),
                    d.get("indexNumber"),
                    title,
                    titleHtml == null ? escape(title) : titleHtml,
                    snippet == null ? "" : snippet,
                    d.get("documentNumber"),
                    d.getField("lead").numericValue().longValue(),
                    Instant.ofEpochMilli(d.getField(PUBLISHED).numericValue().longValue()),
                    d.get("validity"),
                    Float.isNaN(docs[i].score) ? 0f : docs[i].score));
        }
        return new SearchResults(
                hits, top.totalHits.value, q.page(), q.size(), q.isTruncated(), SearchGroups.NONE, q.loose());
    }

    /** Read from the term dictionaries of the current searcher, once per refresh. */
    @Override
    public SearchFacets facets() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Object[] cached = facetsOf;
                if (cached != null && cached[0] == searcher) {
                    return (SearchFacets) cached[1];
                }
                List<Integer> years = new ArrayList<>();
                for (String y : terms(searcher, "year")) {
                    years.add(Integer.parseInt(y));
                }
                years.sort(java.util.Comparator.reverseOrder());
                Set<Long> orgs = new java.util.HashSet<>();
                for (String o : terms(searcher, "org")) {
                    orgs.add(Long.parseLong(o));
                }
                SearchFacets facets = new SearchFacets(List.copyOf(years), Set.copyOf(orgs));
                facetsOf = new Object[] {searcher, facets};
                return facets;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> terms(IndexSearcher searcher, String field) throws IOException {
        List<String> out = new ArrayList<>();
        org.apache.lucene.index.Terms terms =
                org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms == null) {
            return out;
        }
        org.apache.lucene.index.TermsEnum e = terms.iterator();
        for (org.apache.lucene.util.BytesRef t = e.next(); t != null; t = e.next()) {
            // count, not docFreq: a year or unit whose every record was withdrawn keeps its term until a merge
            if (searcher.count(new TermQuery(new Term(field, org.apache.lucene.util.BytesRef.deepCopyOf(t)))) > 0) {
                out.add(t.utf8ToString());
            }
        }
        return out;
    }

    /**
     * The fields whose matched words are marked in the title and snippet: the words of the text fields (the query runs on
     * “all”). Not the exact 文号/索引号 fields, whose prefix clauses would make the highlighter walk the whole term
     * dictionary of the body for every hit shown.
     */
    private static final Set<String> HIGHLIGHTED_FROM = Set.of(ALL, TITLE, BODY);

    /** Marks matched words with &lt;mark&gt; in escaped text; words matched in the text fields count. */
    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, Document> loaded) {
        Object[] cached = highlighterOf;
        UnifiedHighlighter.Builder builder;
        if (cached != null && cached[0] == searcher) {
            builder = (UnifiedHighlighter.Builder) cached[1];
        } else {
            builder = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new CustomSeparatorBreakIterator('。'), 140, 0.3f))
                    .withFieldMatcher(HIGHLIGHTED_FROM::contains)
                    .withHighlightPhrasesStrictly(false)
                    .withWeightMatches(false)
                    .withMaxLength(20_000);
            highlighterOf = new Object[] {searcher, builder};
        }
        return new UnifiedHighlighter(builder) {
            /** The texts already read with the rest of each hit, not read again. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document d = loaded.get(doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        texts[f] = d == null ? "" : nullToEmpty(d.get(fields[f]));
                    }
                    values.add(texts);
                }
                return values;
            }
        };
    }

    /** Markup characters escaped (&, <, >, " and '); text in UTF-8 stays as it is. */
    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
