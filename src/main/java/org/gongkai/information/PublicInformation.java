package org.gongkai.information;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public reads: published revisions only, never a working copy, never withdrawn information.
 * No sign-in is needed; the portal, the feeds, the API and the search index read through here.
 */
@Service
public class PublicInformation {

    private final InformationRepository records;
    private final PublishedRecords published;
    private final FileStore files;
    private final ZoneId zone;
    private final CatalogItems catalogItems;
    private final PublicListing listing;

    PublicInformation(
            InformationRepository records,
            PublishedRecords published,
            FileStore files,
            Clock clock,
            CatalogItems catalogItems,
            PublicListing listing) {
        this.catalogItems = catalogItems;
        this.listing = listing;
        this.records = records;
        this.published = published;
        this.files = files;
        this.zone = clock.getZone();
    }

    /** The current revision, or the numbered earlier one, of a public record. */
    @Transactional(readOnly = true)
    public PublishedInformation byIndexNumber(String indexNumber, Integer revision) {
        return published
                .publishedByIndexNumber(indexNumber, revision)
                .orElseThrow(() -> new NotFound("索引号为“" + indexNumber + "”的信息不存在或已撤回。"));
    }

    /** What a record's public page shows, read in one transaction. */
    public record RecordPage(
            PublishedInformation record,
            List<Integer> revisions,
            List<PublishedSummary> amended,
            List<CatalogLink> catalogLinks,
            Interpretation interpretation,
            List<PublishedInformation.RelatedRecord> explains,
            List<PublishedInformation.InterpretationLink> interpretations) {}

    /** The record's page by 索引号: the revision asked for (or the current one) and what the page links to. */
    @Transactional(readOnly = true)
    public RecordPage page(String indexNumber, Integer revision) {
        PublishedInformation r = byIndexNumber(indexNumber, revision);
        return new RecordPage(
                r,
                published.revisionNumbers(r.recordId()),
                published.amendedOrRepealedBy(r.recordId()),
                catalogLinks(r),
                r.documentType() == DocumentType.INTERPRETATION
                        ? published.interpretation(r.recordId(), r.revision()).orElse(null)
                        : null,
                r.documentType() == DocumentType.INTERPRETATION
                        ? published.explainedBy(r.recordId(), r.revision())
                        : List.of(),
                published.interpretationsOf(r.recordId()));
    }

    @Transactional(readOnly = true)
    public Optional<PublishedInformation> current(long recordId) {
        return published.published(recordId, null);
    }

    @Transactional(readOnly = true)
    public List<Integer> revisions(long recordId) {
        return published.revisionNumbers(recordId);
    }

    /** The standard-catalog items a public record fulfils, as the revision shown names them. */
    @Transactional(readOnly = true)
    public List<CatalogLink> catalogLinks(PublishedInformation record) {
        return catalogItems.resolve(
                record.organizationId(), records.catalogLinks(record.recordId(), record.revision()));
    }

    /** Items of a unit's published catalogs, for navigating its records by catalog item. */
    @Transactional(readOnly = true)
    public List<CatalogLink> catalogItems(long organizationId) {
        return List.copyOf(catalogItems.of(organizationId).values());
    }

    /** Public records this one amended or repealed (their validity points here). */
    @Transactional(readOnly = true)
    public List<PublishedSummary> amendedOrRepealedBy(long recordId) {
        return published.amendedOrRepealedBy(recordId);
    }

    /** The first page of a listing, or the numbered page near the front. */
    @Transactional(readOnly = true)
    public Page<PublishedSummary> list(InformationQuery query) {
        return list(query, null);
    }

    /**
     * A page of a listing: after {@code cursor} (the {@link Page#next()} of the page before) when given,
     * otherwise the numbered page, which must lie within the first {@value PublicListing#MAX_OFFSET} records.
     */
    @Transactional(readOnly = true)
    public Page<PublishedSummary> list(InformationQuery query, ListingCursor cursor) {
        if (cursor == null && (long) (query.page() - 1) * query.size() > PublicListing.MAX_OFFSET) {
            throw new RuleViolation(
                    "page",
                    "第 " + query.page() + " 页不能直接打开：按页码只能翻到前 "
                            + PublicListing.MAX_OFFSET + " 条，请从前面的页用“下一页”继续（接口：把上一页结果中的 next 作为 after 参数传回），"
                            + "或用年份、栏目等条件缩小范围。");
        }
        Instant from = null;
        Instant to = null;
        if (query.year() != null) {
            from = LocalDate.of(query.year(), 1, 1).atStartOfDay(zone).toInstant();
            to = LocalDate.of(query.year() + 1, 1, 1).atStartOfDay(zone).toInstant();
        }
        return listing.list(query, from, to, cursor);
    }

    /** The newest {@code limit} public records in each of the unit's columns (the unit's 政府信息公开 page). */
    @Transactional(readOnly = true)
    public Map<DisclosureColumn, List<PublishedSummary>> latestByColumn(
            long organizationId, List<DisclosureColumn> columns, int limit) {
        return listing.latestByColumn(organizationId, columns, limit);
    }

    /** Years with public records, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return years(null);
    }

    /** Public records of this unit per 公开栏目, from the maintained counts; columns without any are absent. */
    @Transactional(readOnly = true)
    public Map<DisclosureColumn, Long> columnCounts(long organizationId) {
        return listing.columnCounts(PublicListing.scope(organizationId, null));
    }

    /**
     * Public records per top-level 主题分类 (two-digit code), of the units of a site ({@code within}) or of all;
     * topics without any are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> topLevelTopicCounts(Long within) {
        return listing.topLevelTopicCounts(PublicListing.scope(null, within));
    }

    /** Years with public records of this unit and the units below it (all records when null), newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(Long within) {
        return listing.years(PublicListing.scope(null, within));
    }

    /** A batch of public records' texts for the search index, by id after {@code afterId}; empty at the end. */
    @Transactional(readOnly = true)
    public List<PublicText> texts(long afterId, int limit) {
        return published.publicTexts(afterId, limit);
    }

    /** One record's texts for the search index, read as a rebuild reads them; empty when it is not public. */
    @Transactional(readOnly = true)
    public Optional<PublicText> text(long recordId) {
        return published.publicTexts(recordId - 1, 1).stream()
                .filter(t -> t.recordId() == recordId)
                .findFirst();
    }

    /**
     * The record's 索引号 (the key of its public address) whatever its state now: a withdrawn record keeps the one it
     * was published under; empty before its first publication.
     */
    @Transactional(readOnly = true)
    public Optional<String> indexNumber(long recordId) {
        return records.indexNumber(recordId);
    }

    /** One line of a sitemap: the record's address key and when it last changed. */
    public record SitemapEntry(String indexNumber, Instant lastModified) {}

    /** The words the public records are tagged with (关键词), each once: at most 20,000 fields read. */
    @Transactional(readOnly = true)
    public java.util.SortedSet<String> keywords() {
        java.util.SortedSet<String> words = new java.util.TreeSet<>();
        for (String field : listing.keywordFields(20_000)) {
            for (String w : field.split("[,，、;；\\s]+")) {
                if (w.length() >= 2 && w.length() <= 20) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /**
     * What a filtered listing selects the record by, as the public listing holds it now: empty when the record is not
     * public (for evicting only the filtered listing pages it can be on).
     */
    @Transactional(readOnly = true)
    public Optional<ListingFacets> listingFacets(long recordId) {
        return listing.facets(recordId);
    }

    /** The values a public listing filters by: 公开栏目, 主题分类 code, 文种, year of first publication, 有效性. */
    public record ListingFacets(String column, String topicCode, String documentType, int year, String validity) {}

    /**
     * The units whose listings show the record, whatever its state: the lead unit and the joint issuers (for
     * evicting cached pages after a change).
     */
    @Transactional(readOnly = true)
    public List<Long> issuingUnits(long recordId) {
        List<Long> units = new java.util.ArrayList<>();
        records.find(recordId).ifPresent(r -> {
            units.add(r.organizationId());
            units.addAll(r.jointIssuerIds());
        });
        return units;
    }

    /** Public records with ids in [{@code fromId}, {@code toId}), by id; a sitemap part is such a range. */
    @Transactional(readOnly = true)
    public List<SitemapEntry> sitemapEntries(long fromId, long toId) {
        return sitemapEntries(null, fromId, toId);
    }

    /** The same, of the records of this unit and the units below it (a site's sitemap), or of all when null. */
    @Transactional(readOnly = true)
    public List<SitemapEntry> sitemapEntries(Long within, long fromId, long toId) {
        return listing.sitemapEntries(PublicListing.scope(null, within), fromId, toId);
    }

    /** The highest id of a public record (0 when there is none), to split the sitemap into id ranges. */
    @Transactional(readOnly = true)
    public long maxPublicId() {
        return maxPublicId(null);
    }

    /** The same, of the records of this unit and the units below it, or of all when null. */
    @Transactional(readOnly = true)
    public long maxPublicId(Long within) {
        return listing.maxRecordId(PublicListing.scope(null, within));
    }

    /** How many records are public, from the maintained counts. */
    @Transactional(readOnly = true)
    public long publicCount() {
        return listing.size();
    }

    /** A file of a public revision, for download. */
    @Transactional(readOnly = true)
    public PublicFile attachment(long attachmentId) {
        Attachment a = records.attachment(attachmentId)
                .filter(x -> records.isPublic(attachmentId))
                .orElseThrow(() -> new NotFound("该附件不存在或已撤回。"));
        return new PublicFile(a, files.resource(a.sha256()));
    }

    /** An attachment and where its bytes are. */
    public record PublicFile(Attachment attachment, org.springframework.core.io.Resource content) {}
}
