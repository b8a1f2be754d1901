package org.gongkai.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Inquiries;
import org.gongkai.information.Decisions;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.web.XmlDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 公众参与 for integrations and readers (issue 15): the published consultations with their phase, comments and
 * 意见采纳情况, and the published questions and answers (咨询建言), as JSON and as Atom feeds. Interpretations are records:
 * {@code /api/v1/information?type=INTERPRETATION}.
 */
@RestController
@Tag(name = "公众参与", description = "公开征求意见、咨询建言（已公开的留言和答复）")
class ParticipationApiController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Consultations consultations;
    private final Inquiries inquiries;
    private final Decisions decisions;
    private final OrganizationDirectory directory;
    private final String siteUrl;

    ParticipationApiController(
            Consultations consultations,
            Inquiries inquiries,
            Decisions decisions,
            OrganizationDirectory directory,
            @Value("${gongkai.site-url}") String siteUrl) {
        this.consultations = consultations;
        this.inquiries = inquiries;
        this.decisions = decisions;
        this.directory = directory;
        String trimmed = siteUrl.strip();
        this.siteUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    @Schema(description = "公开征求意见（摘要）")
    record ConsultationSummary(
            long id,
            long organizationId,
            String organizationName,
            String title,
            LocalDate opensOn,
            LocalDate closesOn,
            @Schema(description = "征求期限（日历日，含首尾两日）") long days,
            @Schema(description = "阶段：预告、征求中、已截止、反馈已发布") String phase,

            @Schema(description = "期限少于 30 日时公布的理由", nullable = true)
            String shortenedReason,

            @Schema(description = "意见采纳情况发布时间", nullable = true)
            Instant feedbackPublishedAt,

            String url) {}

    private ConsultationSummary summary(Consultation c, Map<Long, String> names, LocalDate today) {
        return new ConsultationSummary(
                c.id(),
                c.organizationId(),
                names.getOrDefault(c.organizationId(), ""),
                c.title(),
                c.opensOn(),
                c.closesOn(),
                c.days(),
                c.phase(today).label(),
                c.shortenedReason(),
                c.feedbackPublishedAt(),
                siteUrl + "/participation/consultations/" + c.id());
    }

    @GetMapping("/api/v1/consultations")
    @Operation(summary = "公开征求意见列表", description = "已发布的征求意见，按征求期限由近及远，最多 200 条。")
    List<ConsultationSummary> consultations(
            @Parameter(description = "发布单位编号") @RequestParam(required = false) Long organizationId) {
        Map<Long, String> names = directory.names();
        LocalDate today = consultations.day();
        return consultations.published(organizationId).stream()
                .map(c -> summary(c, names, today))
                .toList();
    }

    @Schema(description = "公开征求意见")
    record ConsultationDetail(
            ConsultationSummary consultation,
            @Schema(description = "征求意见稿，按段编号（第 1 段起）") List<String> paragraphs,
            @Schema(description = "起草说明") String explanation,
            @Schema(description = "起草依据", nullable = true) String basis,
            @Schema(description = "提出意见的方式") String howToComment,
            @Schema(description = "收到的意见数") long commentsReceived,
            @Schema(description = "经审核公开的意见（个人信息已遮盖）") List<CommentAnswer> comments,

            @Schema(description = "意见采纳情况说明", nullable = true)
            String feedbackSummary,

            @Schema(description = "意见采纳情况") List<FeedbackAnswer> feedback,
            @Schema(description = "依本次征求意见作出的决策文件") List<DecisionLink> decisions) {}

    record CommentAnswer(
            long id,

            @Schema(description = "针对的段落；整体意见为空", nullable = true)
            Integer paragraph,

            String text,

            @Schema(description = "署名；匿名为空", nullable = true)
            String name,

            Instant submittedAt) {}

    record FeedbackAnswer(
            String summary,
            @Schema(description = "采纳、部分采纳、未采纳") String adoption,
            String reason) {}

    record DecisionLink(String title, String indexNumber, String url) {}

    @GetMapping("/api/v1/consultations/{id}")
    @Operation(summary = "公开征求意见详情", description = "征求意见稿、起草说明、公开的意见、意见采纳情况和最终决策。")
    ConsultationDetail consultation(@PathVariable long id) {
        Consultations.PublicView v = consultations.publicView(id);
        Consultation c = v.consultation();
        return new ConsultationDetail(
                summary(c, directory.names(), consultations.day()),
                v.paragraphs(),
                c.explanation(),
                c.basis(),
                c.howToComment(),
                v.received(),
                v.comments().stream()
                        .map(m -> new CommentAnswer(m.id(), m.paragraph(), m.text(), m.name(), m.submittedAt()))
                        .toList(),
                v.feedback().isEmpty() && c.feedbackPublishedAt() == null ? null : c.feedbackSummary(),
                v.feedback().stream()
                        .map(f -> new FeedbackAnswer(f.summary(), f.adoption().label(), f.reason()))
                        .toList(),
                decisions.decisionsOf(id).stream()
                        .map(d -> new DecisionLink(
                                d.title(), d.indexNumber(), siteUrl + "/information/" + d.indexNumber()))
                        .toList());
    }

    @Schema(description = "已公开的留言和答复")
    record AnswerItem(
            long id,
            long organizationId,
            String organizationName,
            String subject,
            @Schema(description = "留言内容（个人信息已遮盖）") String question,
            @Schema(description = "留言人署名", nullable = true) String askerName,
            Instant submittedAt,
            String answer,
            Instant answeredAt,
            String url) {}

    @Schema(description = "一页已公开的留言和答复")
    record AnswerPage(
            List<AnswerItem> items,

            @Schema(description = "下一页：作为 before 参数传入；没有更多时为空", nullable = true)
            Long next) {}

    private AnswerItem item(Inquiries.PublicAnswer a) {
        return new AnswerItem(
                a.id(),
                a.organizationId(),
                a.unitName(),
                a.subject(),
                a.question(),
                a.askerName(),
                a.submittedAt(),
                a.answer(),
                a.answeredAt(),
                siteUrl + "/participation/inquiries/" + a.id());
    }

    @GetMapping("/api/v1/inquiries")
    @Operation(summary = "咨询建言：已公开的留言和答复", description = "按留言由新到旧，每页 20 条；翻页时把上一页的 next 作为 before 传入。")
    AnswerPage inquiries(
            @Parameter(description = "答复单位编号") @RequestParam(required = false) Long organizationId,
            @Parameter(description = "上一页的 next") @RequestParam(required = false) Long before) {
        List<Inquiries.PublicAnswer> page = inquiries.published(organizationId, before);
        return new AnswerPage(
                page.stream().map(this::item).toList(),
                page.size() < Inquiries.PUBLIC_PAGE
                        ? null
                        : page.get(page.size() - 1).id());
    }

    @GetMapping("/api/v1/inquiries/{id}")
    @Operation(summary = "咨询建言：一条已公开的留言和答复")
    AnswerItem inquiry(@PathVariable long id) {
        return item(inquiries.publishedAnswer(id));
    }

    @GetMapping("/participation/consultations.atom")
    ResponseEntity<String> consultationFeed() {
        Map<Long, String> names = directory.names();
        LocalDate today = consultations.day();
        List<XmlDocuments.Entry> entries = consultations.published(null).stream()
                .limit(50)
                .map(c -> new XmlDocuments.Entry(
                        c.title(),
                        siteUrl + "/participation/consultations/" + c.id(),
                        c.feedbackPublishedAt() != null ? c.feedbackPublishedAt() : c.publishedAt(),
                        names.getOrDefault(c.organizationId(), ""),
                        c.phase(today).label() + " · " + c.opensOn() + " 至 " + c.closesOn() + "（" + c.days() + " 日）"))
                .sorted(java.util.Comparator.comparing(XmlDocuments.Entry::updated)
                        .reversed())
                .toList();
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(XmlDocuments.atom(
                        "公开征求意见",
                        siteUrl + "/participation/consultations.atom",
                        siteUrl + "/participation/consultations",
                        entries));
    }

    @GetMapping("/participation/inquiries.atom")
    ResponseEntity<String> inquiryFeed(@RequestParam(required = false) Long unit) {
        String title = unit == null ? "咨询建言" : inquiries.answeringUnit(unit).name() + " 咨询建言";
        List<XmlDocuments.Entry> entries = inquiries.published(unit, null).stream()
                .map(a -> new XmlDocuments.Entry(
                        a.subject(),
                        siteUrl + "/participation/inquiries/" + a.id(),
                        a.answeredAt(),
                        a.unitName(),
                        a.answer().length() > 200 ? a.answer().substring(0, 200) + "…" : a.answer()))
                .sorted(java.util.Comparator.comparing(XmlDocuments.Entry::updated)
                        .reversed())
                .toList();
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(XmlDocuments.atom(
                        title,
                        siteUrl + "/participation/inquiries.atom" + (unit == null ? "" : "?unit=" + unit),
                        siteUrl + "/participation/inquiries",
                        entries));
    }
}
