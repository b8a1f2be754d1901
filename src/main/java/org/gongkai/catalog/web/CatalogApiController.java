package org.gongkai.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gongkai.catalog.Audience;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogStatus;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.PublishedCatalog;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.catalog.TimeLimit;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published catalogs as JSON: the list (without items, bounded queries however many catalogs) and one catalog with
 * every element of its items and each time limit's parsed rules. The review of a catalog (reviewers' names and
 * comments) is internal and not part of the answer.
 */
@RestController
@Tag(name = "标准目录", description = "政务公开事项标准目录")
class CatalogApiController {

    private final CatalogCompilation compilation;

    CatalogApiController(CatalogCompilation compilation) {
        this.compilation = compilation;
    }

    @GetMapping("/api/v1/catalogs")
    @Operation(summary = "已发布的政务公开事项标准目录", description = "可按单位和领域筛选；各目录的事项见 url。")
    List<CatalogSummary> catalogs(
            @Parameter(description = "单位编号") @RequestParam(required = false) Long organization,
            @Parameter(description = "领域编号") @RequestParam(required = false) Long area) {
        return compilation.publishedList(organization, area).stream()
                .map(CatalogSummary::of)
                .toList();
    }

    @GetMapping("/api/v1/catalogs/{id}")
    @Operation(summary = "一份已发布（或已被新版本替代）的目录及其全部事项")
    CatalogDetail catalog(@Parameter(description = "目录编号") @PathVariable long id) {
        return compilation
                .publishedCatalog(id)
                .map(CatalogDetail::of)
                .orElseThrow(() -> new NotFound("没有编号为 " + id + " 的已发布目录。"));
    }

    @Schema(description = "一份已发布的目录")
    record CatalogSummary(
            long id,
            long organizationId,
            String organizationName,
            long areaId,
            @Schema(description = "领域") String areaName,
            @Schema(description = "目录版本号") int versionNumber,

            @Schema(description = "所依据的领域指引版本", nullable = true)
            Integer guidelineVersion,

            Instant publishedAt,
            @Schema(description = "事项数") int itemCount,
            String url) {

        static CatalogSummary of(PublishedCatalog c) {
            return new CatalogSummary(
                    c.id(),
                    c.organizationId(),
                    c.organizationName(),
                    c.areaId(),
                    c.areaName(),
                    c.versionNumber(),
                    c.guidelineVersion(),
                    c.publishedAt(),
                    c.itemCount(),
                    "/api/v1/catalogs/" + c.id());
        }
    }

    @Schema(description = "一份目录及其事项")
    record CatalogDetail(
            long id,
            long organizationId,
            String organizationName,
            long areaId,
            String areaName,
            int versionNumber,
            @Schema(nullable = true) Integer guidelineVersion,
            Instant publishedAt,
            @Schema(description = "已被新版本替代") boolean superseded,
            List<Item> items) {

        static CatalogDetail of(StandardCatalog c) {
            return new CatalogDetail(
                    c.id(),
                    c.organizationId(),
                    c.organizationName(),
                    c.area().id(),
                    c.area().name(),
                    c.versionNumber(),
                    c.guidelineVersion(),
                    c.publishedAt(),
                    c.status() == CatalogStatus.SUPERSEDED,
                    c.items().stream().map(Item::of).toList());
        }

        @Schema(name = "CatalogItem", description = "公开事项，含标准目录的全部要素（事项、内容、依据、时限、主体、渠道、对象、方式、层级）")
        record Item(
                String itemKey,
                int sortOrder,
                @Schema(description = "一级事项") String firstLevel,

                @Schema(description = "二级事项", nullable = true)
                String secondLevel,

                @Schema(description = "三级事项", nullable = true)
                String thirdLevel,

                @Schema(description = "公开内容（要素）") String contentElements,
                @Schema(description = "公开依据") String legalBasis,
                @Schema(description = "公开时限及其解析出的规则") TimeLimit timeLimit,
                @Schema(description = "公开主体") String responsibleBody,
                @Schema(description = "公开渠道和载体") Set<Channel> channels,

                @Schema(description = "其他渠道", nullable = true)
                String localChannels,

                @Schema(description = "公开对象") Audience audience,
                String audienceText,
                @Schema(description = "公开方式") DisclosureMode mode,
                String modeText,
                @Schema(description = "公开层级") Set<AdministrativeLevel> levels) {

            static Item of(CatalogItem i) {
                return new Item(
                        i.itemKey(),
                        i.sortOrder(),
                        i.firstLevel(),
                        i.secondLevel(),
                        i.thirdLevel(),
                        i.contentElements(),
                        i.legalBasis(),
                        i.timeLimit(),
                        i.responsibleBody(),
                        i.channels(),
                        i.localChannels(),
                        i.audience(),
                        i.audienceText(),
                        i.mode(),
                        i.modeText(),
                        i.levels());
            }
        }
    }
}
