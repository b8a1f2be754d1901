package org.gongkai.information.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationQuery;
import org.gongkai.information.ListingCursor;
import org.gongkai.information.Page;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublishedInformation;
import org.gongkai.information.PublishedSummary;
import org.gongkai.information.TopicCategories;
import org.gongkai.information.Validity;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published government information as JSON: {@code GET /api/v1/information} with the portal's filters (pages by
 * number within the first 1,000 records, further on by the {@code next} cursor passed back as {@code after}), and
 * {@code GET /api/v1/information/{索引号}} with the metadata block, body, attachments and validity links.
 */
@RestController
class InformationApiController {

    private final PublicInformation information;
    private final TopicCategories topics;

    InformationApiController(PublicInformation information, TopicCategories topics) {
        this.information = information;
        this.topics = topics;
    }

    @GetMapping("/api/v1/information")
    Map<String, Object> list(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) DisclosureColumn column,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Validity validity,
            @RequestParam(required = false) InformationQuery.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String after) {
        ListingCursor cursor = null;
        if (after != null) {
            cursor = ListingCursor.parse(after)
                    .orElseThrow(() -> new RuleViolation("after", "after 参数无效：请使用上一页结果中 next 给出的值。"));
        }
        Page<PublishedSummary> result = information.list(
                new InformationQuery(
                        organizationId,
                        column,
                        topic == null || topic.isBlank() ? null : topic,
                        type,
                        year,
                        validity,
                        sort,
                        page,
                        size),
                cursor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("items", result.items().stream().map(this::summary).toList());
        body.put("next", result.next() == null ? null : result.next().toString());
        return body;
    }

    /** The 索引号 is the rest of the path, slashes included. */
    @GetMapping("/api/v1/information/{*indexNumber}")
    Map<String, Object> record(@PathVariable String indexNumber, @RequestParam(required = false) Integer revision) {
        String number = indexNumber.startsWith("/") ? indexNumber.substring(1) : indexNumber;
        if (number.isEmpty()) {
            throw new NotFound("请在地址中给出索引号。");
        }
        PublishedInformation r = information.byIndexNumber(number, revision);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indexNumber", r.indexNumber());
        body.put("title", r.title());
        body.put("organizationId", r.organizationId());
        body.put("jointIssuerIds", r.jointIssuerIds());
        body.put("documentNumber", r.documentNumber());
        body.put("writtenDate", r.writtenDate() == null ? null : r.writtenDate().toString());
        body.put("formedDate", r.formedDate().toString());
        body.put("publishedAt", r.firstPublishedAt().toString());
        body.put("revision", r.revision());
        body.put("latestRevision", r.latestRevision());
        body.put("revisedAt", r.publishedAt().toString());
        body.put("correctionNote", r.correctionNote());
        body.put("documentType", r.documentType().label());
        body.put("topic", topics.path(r.topicCode()));
        body.put("column", r.column() == null ? null : r.column().label());
        body.put("keywords", r.keywords());
        body.put("summary", r.summary());
        body.put("validity", r.validity().label());
        body.put(
                "validityDate",
                r.validityDate() == null ? null : r.validityDate().toString());
        body.put(
                "validityRecord",
                r.validityRecord() == null
                        ? null
                        : Map.of(
                                "indexNumber",
                                r.validityRecord().indexNumber(),
                                "title",
                                r.validityRecord().title()));
        body.put("bodyHtml", r.bodyHtml());
        body.put(
                "attachments",
                r.attachments().stream()
                        .map(a -> Map.of(
                                "fileName",
                                a.fileName(),
                                "mediaType",
                                a.mediaType(),
                                "size",
                                a.sizeBytes(),
                                "url",
                                "/files/" + a.id()))
                        .toList());
        body.put(
                "amendedOrRepealed",
                information.amendedOrRepealedBy(r.recordId()).stream()
                        .map(this::summary)
                        .toList());
        return body;
    }

    private Map<String, Object> summary(PublishedSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indexNumber", s.indexNumber());
        m.put("title", s.title());
        m.put("documentNumber", s.documentNumber());
        m.put("organizationId", s.organizationId());
        m.put("writtenDate", s.writtenDate() == null ? null : s.writtenDate().toString());
        m.put("publishedAt", s.publishedAt().toString());
        m.put("documentType", s.documentType().label());
        m.put("topic", topics.path(s.topicCode()));
        m.put("validity", s.validity().label());
        m.put("url", "/information/" + s.indexNumber());
        return m;
    }
}
