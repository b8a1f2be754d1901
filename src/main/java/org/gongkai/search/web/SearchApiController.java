package org.gongkai.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.gongkai.search.NearestTerms;
import org.gongkai.search.PublicSearch;
import org.gongkai.search.SearchGroups;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=…}: the portal's search as JSON; any text is accepted, none fails. */
@RestController
@Tag(name = "检索", description = "全文检索")
class SearchApiController {

    private final PublicSearch search;
    private final NearestTerms nearestTerms;

    SearchApiController(PublicSearch search, NearestTerms nearestTerms) {
        this.search = search;
        this.nearestTerms = nearestTerms;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "全文检索已公开的政府信息", description = "中文分词检索标题、正文、文号、摘要和附件文字；文号和索引号可精确匹配。任何文字都可作为检索词。")
    SearchPage search(
            @Parameter(description = "检索词") @RequestParam(required = false) String q,
            @Parameter(description = "发布机构编号") @RequestParam(required = false) Long organizationId,
            @Parameter(description = "发布年份") @RequestParam(required = false) Integer year,
            @Parameter(description = "主题分类代码") @RequestParam(required = false) String topic,
            @Parameter(description = "文种（如 NORMATIVE_DOCUMENT）") @RequestParam(required = false) String type,
            @Parameter(description = "有效性（如 EFFECTIVE）") @RequestParam(required = false) String validity,
            @Parameter(description = "排序：相关度或发布时间") @RequestParam(required = false) SearchQuery.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size) {
        SearchResults results = search.search(
                search.expanded(new SearchQuery(q, organizationId, year, topic, type, validity, sort, page, size)));
        return new SearchPage(
                results.total(),
                results.page(),
                results.size(),
                results.truncated(),
                results.loose(),
                results.groups(),
                results.total() == 0 && q != null ? nearestTerms.nearest(q.strip(), 5) : List.of(),
                results.hits().stream().map(SearchPage.Hit::of).toList());
    }

    @Schema(description = "一页检索结果")
    record SearchPage(
            @Schema(description = "命中总数") long total,
            int page,
            int size,
            @Schema(description = "检索词超长被截断") boolean truncated,

            @Schema(description = "含全部检索词的结果少于 5 条，也列出了含大部分检索词或相近字词的结果")
            boolean partial,

            @Schema(description = "全部命中按发布机构编号、年份、主题分类（前两位）和文种的条数，条数多的在前")
            SearchGroups groups,

            @Schema(description = "没有命中时，与检索词最相近的关键词和规范说法") List<String> nearest,

            List<Hit> hits) {

        @Schema(name = "SearchHit", description = "一条命中")
        record Hit(
                String indexNumber,
                String title,

                @Schema(description = "标题，命中词以 <mark> 标出，其余已转义")
                String titleHtml,

                @Schema(description = "摘录，命中词以 <mark> 标出，其余已转义", nullable = true)
                String snippetHtml,

                @Schema(nullable = true) String documentNumber,
                long organizationId,
                Instant publishedAt,
                String validity,
                String url) {

            static Hit of(SearchHit h) {
                return new Hit(
                        h.indexNumber(),
                        h.title(),
                        h.titleHtml(),
                        h.snippetHtml(),
                        h.documentNumber(),
                        h.organizationId(),
                        h.publishedAt(),
                        h.validity(),
                        "/information/" + h.indexNumber());
            }
        }
    }
}
