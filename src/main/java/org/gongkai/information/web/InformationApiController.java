package org.gongkai.information.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationQuery;
import org.gongkai.information.ListingCursor;
import org.gongkai.information.Page;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublishedSummary;
import org.gongkai.information.TopicCategories;
import org.gongkai.information.Validity;
import org.gongkai.information.web.InformationResponses.InformationDetail;
import org.gongkai.information.web.InformationResponses.InformationItem;
import org.gongkai.information.web.InformationResponses.InformationPage;
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
@Tag(name = "政府信息", description = "主动公开的政府信息及其各版本")
class InformationApiController {

    private final PublicInformation information;
    private final TopicCategories topics;

    InformationApiController(PublicInformation information, TopicCategories topics) {
        this.information = information;
        this.topics = topics;
    }

    @GetMapping("/api/v1/information")
    @Operation(summary = "已公开的政府信息列表", description = "筛选条件与门户的信息公开目录相同；前 1000 条可按页码翻页，之后用上一页的 next 作为 after。")
    InformationPage list(
            @Parameter(description = "发布机构编号") @RequestParam(required = false) Long organizationId,
            @Parameter(description = "政府信息公开栏目") @RequestParam(required = false) DisclosureColumn column,
            @Parameter(description = "主题分类代码（前缀匹配）") @RequestParam(required = false) String topic,
            @Parameter(description = "文种") @RequestParam(required = false) DocumentType type,
            @Parameter(description = "发布年份") @RequestParam(required = false) Integer year,
            @Parameter(description = "有效性") @RequestParam(required = false) Validity validity,
            @Parameter(description = "排序") @RequestParam(required = false) InformationQuery.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "上一页结果中的 next") @RequestParam(required = false) String after) {
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
        return new InformationPage(
                result.total(),
                result.page(),
                result.size(),
                result.items().stream().map(s -> InformationItem.of(s, topics)).toList(),
                result.next() == null ? null : result.next().toString());
    }

    /** The 索引号 is the rest of the path, slashes included. */
    @GetMapping("/api/v1/information/{*indexNumber}")
    @Operation(summary = "按索引号取一条已公开的政府信息", description = "默认取最新公开版本；revision 取更正前的某一版本。")
    InformationDetail record(
            @Parameter(description = "索引号，可含斜杠") @PathVariable String indexNumber,
            @Parameter(description = "版本号") @RequestParam(required = false) Integer revision) {
        String number = indexNumber.startsWith("/") ? indexNumber.substring(1) : indexNumber;
        if (number.isEmpty()) {
            throw new NotFound("请在地址中给出索引号。");
        }
        return InformationDetail.of(information.page(number, revision), topics);
    }
}
