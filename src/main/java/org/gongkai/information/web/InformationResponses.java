package org.gongkai.information.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.information.PublishedInformation;
import org.gongkai.information.PublishedSummary;
import org.gongkai.information.TopicCategories;

/** The bodies of {@code /api/v1/information}: what the public may read, nothing of the working copy. */
final class InformationResponses {

    private InformationResponses() {}

    @Schema(description = "一页已公开的政府信息；超过前 1000 条后用 next 的值作为 after 参数翻页")
    record InformationPage(
            @Schema(description = "符合条件的信息总数") long total,
            int page,
            int size,
            List<InformationItem> items,

            @Schema(description = "下一页的游标，没有下一页时为 null", nullable = true)
            String next) {}

    @Schema(description = "列表中的一条政府信息")
    record InformationItem(
            @Schema(description = "索引号") String indexNumber,
            @Schema(description = "标题") String title,
            @Schema(description = "文号", nullable = true) String documentNumber,
            @Schema(description = "发布机构编号") long organizationId,
            @Schema(description = "成文日期", nullable = true) LocalDate writtenDate,
            @Schema(description = "发布日期（首次公开时间）") Instant publishedAt,
            @Schema(description = "文种") String documentType,
            @Schema(description = "主题分类") String topic,
            @Schema(description = "有效性") String validity,
            @Schema(description = "门户页面地址") String url) {

        static InformationItem of(PublishedSummary s, TopicCategories topics) {
            return new InformationItem(
                    s.indexNumber(),
                    s.title(),
                    s.documentNumber(),
                    s.organizationId(),
                    s.writtenDate(),
                    s.publishedAt(),
                    s.documentType().label(),
                    topics.path(s.topicCode()),
                    s.validity().label(),
                    "/information/" + s.indexNumber());
        }
    }

    @Schema(description = "一条政府信息的一个已公开版本，含元数据、正文、附件和效力关联")
    record InformationDetail(
            String indexNumber,
            String title,
            long organizationId,
            @Schema(description = "联合发文单位编号") List<Long> jointIssuerIds,
            @Schema(nullable = true) String documentNumber,
            @Schema(nullable = true) LocalDate writtenDate,
            @Schema(description = "形成日期") LocalDate formedDate,
            @Schema(description = "发布日期（首次公开时间）") Instant publishedAt,
            @Schema(description = "本版本号") int revision,
            @Schema(description = "最新版本号") int latestRevision,
            @Schema(description = "本版本公开时间") Instant revisedAt,
            @Schema(description = "更正说明", nullable = true) String correctionNote,
            String documentType,
            String topic,

            @Schema(description = "政府信息公开栏目", nullable = true)
            String column,

            @Schema(nullable = true) String keywords,
            @Schema(nullable = true) String summary,
            String validity,

            @Schema(description = "有效性变化的日期", nullable = true)
            LocalDate validityDate,

            @Schema(description = "修改或废止本信息的文件", nullable = true)
            RecordLink validityRecord,

            @Schema(description = "正文（已净化的 HTML）") String bodyHtml,
            List<AttachmentLink> attachments,
            @Schema(description = "修改或废止了本信息的文件") List<InformationItem> amendedOrRepealed,

            @Schema(description = "本信息是政策解读时：解读形式、解读机构和文字说明或实录", nullable = true)
            InterpretationDetail interpretation,

            @Schema(description = "本信息是政策解读时：所解读的文件") List<RecordLink> explains,
            @Schema(description = "本文件的政策解读") List<InterpretationLink> interpretations) {

        static InformationDetail of(org.gongkai.information.PublicInformation.RecordPage page, TopicCategories topics) {
            PublishedInformation r = page.record();
            List<PublishedSummary> amendedOrRepealed = page.amended();
            return new InformationDetail(
                    r.indexNumber(),
                    r.title(),
                    r.organizationId(),
                    r.jointIssuerIds(),
                    r.documentNumber(),
                    r.writtenDate(),
                    r.formedDate(),
                    r.firstPublishedAt(),
                    r.revision(),
                    r.latestRevision(),
                    r.publishedAt(),
                    r.correctionNote(),
                    r.documentType().label(),
                    topics.path(r.topicCode()),
                    r.column() == null ? null : r.column().label(),
                    r.keywords(),
                    r.summary(),
                    r.validity().label(),
                    r.validityDate(),
                    r.validityRecord() == null
                            ? null
                            : new RecordLink(
                                    r.validityRecord().indexNumber(),
                                    r.validityRecord().title()),
                    r.bodyHtml(),
                    r.attachments().stream()
                            .map(a -> new AttachmentLink(
                                    a.fileName(),
                                    a.mediaType(),
                                    a.sizeBytes(),
                                    a.withheld(),
                                    a.withheld() ? null : "/files/" + a.id()))
                            .toList(),
                    amendedOrRepealed.stream()
                            .map(s -> InformationItem.of(s, topics))
                            .toList(),
                    page.interpretation() == null
                            ? null
                            : new InterpretationDetail(
                                    page.interpretation().form().label(),
                                    page.interpretation().author(),
                                    page.interpretation().text()),
                    page.explains().stream()
                            .map(e -> new RecordLink(e.indexNumber(), e.title()))
                            .toList(),
                    page.interpretations().stream()
                            .map(i -> new InterpretationLink(
                                    i.indexNumber(), i.title(), i.form().label()))
                            .toList());
        }
    }

    @Schema(description = "政策解读（三同步）")
    record InterpretationDetail(
            @Schema(description = "解读形式：文字解读、图解、问答、音视频解读、新闻发布会、媒体解读")
            String form,

            @Schema(description = "解读机构或解读人") String author,

            @Schema(description = "图解文字说明、音视频文字实录或补充说明", nullable = true)
            String text) {}

    @Schema(description = "一份已公开的政策解读")
    record InterpretationLink(
            String indexNumber,
            String title,
            @Schema(description = "解读形式") String form) {}

    @Schema(description = "另一条已公开信息")
    record RecordLink(String indexNumber, String title) {}

    @Schema(description = "附件；因保护个人信息已撤下的附件只列名称，不提供下载")
    record AttachmentLink(
            String fileName,
            String mediaType,
            @Schema(description = "字节数") long size,
            @Schema(description = "是否已撤下（国务院令第711号 第十五条）") boolean withheld,

            @Schema(description = "下载地址；已撤下时为 null", nullable = true)
            String url) {}
}
