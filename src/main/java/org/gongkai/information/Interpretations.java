package org.gongkai.information;

import static org.gongkai.information.InformationEditing.stale;
import static org.gongkai.information.InformationEditing.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政策解读 and 三同步 (issue 15 §1–3, RULES §7.2): an interpretation is a record of type 政策解读 that names its form, who
 * interpreted and the records it explains; a policy that needs one (规章 and 行政规范性文件 unless the unit decides
 * otherwise) is signed off with its interpretation (同步审签) and both publish together; an interpretation of a policy
 * already public is signed off alone and is late after {@code gongkai.interpretation.late-after-working-days} working
 * days (default 3). The sign-off itself is {@link InformationReview}'s; this class says what goes with it.
 */
@Service
public class Interpretations {

    static final int MAX_EXPLAINED = 20;
    static final int MAX_AUTHOR = 200;
    static final int MAX_TEXT = 20_000;
    /** How many of the unit's policies awaiting interpretation the console offers to link. */
    static final int MAX_CANDIDATES = 100;

    /** Index numbers typed in one field: separated by commas, 、, semicolons or white space. */
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    private final InformationRepository records;
    private final PublishedRecords published;
    private final InformationEditing editing;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int lateAfter;

    Interpretations(
            InformationRepository records,
            PublishedRecords published,
            InformationEditing editing,
            AuditTrail audit,
            WorkingDayCalendar calendar,
            Clock clock,
            @Value("${gongkai.interpretation.late-after-working-days:3}") int lateAfter) {
        this.records = records;
        this.published = published;
        this.editing = editing;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
        this.lateAfter = lateAfter;
    }

    /** After how many working days from its policy's publication an interpretation is late. */
    public int lateAfterWorkingDays() {
        return lateAfter;
    }

    /**
     * Describes an interpretation being drafted: its form, who interpreted, the text alternative or transcript, and
     * the records it explains — chosen among its unit's policies not yet public ({@code explainedIds}) or named by the
     * 索引号 of published records ({@code explainedIndexNumbers}).
     */
    @Transactional
    public void describe(
            long id,
            int lockVersion,
            InterpretationForm form,
            String author,
            String text,
            List<Long> explainedIds,
            String explainedIndexNumbers) {
        GovernmentInformation r = editing.editable(id, "INFORMATION_INTERPRETATION");
        if (!r.isInterpretation()) {
            throw new RuleViolation("只有体裁为“政策解读”的信息才能填写解读信息；如本信息是解读材料，请先编辑，将体裁改为“政策解读”。");
        }
        if (form == null) {
            throw new RuleViolation("form", "请选择解读形式。");
        }
        String who = Texts.clean(author);
        if (who == null) {
            throw new RuleViolation("author", "请填写解读机构或解读人（谁起草、谁解读）。");
        }
        if (who.length() > MAX_AUTHOR) {
            throw new RuleViolation("author", "解读机构或解读人不能超过 " + MAX_AUTHOR + " 字。");
        }
        String clean = Texts.clean(text);
        if (clean != null && clean.length() > MAX_TEXT) {
            throw new RuleViolation("text", form.textLabel() + "不能超过 " + MAX_TEXT + " 字；更长的材料请作为附件上传。");
        }
        if (clean == null && form.requiredText() != null) {
            throw new RuleViolation("text", missingText(form));
        }
        Set<Long> explained = new LinkedHashSet<>();
        for (Long other : explainedIds == null ? List.<Long>of() : explainedIds) {
            if (other == null) {
                continue;
            }
            GovernmentInformation p = records.find(other).orElse(null);
            if (p == null
                    || p.organizationId() != r.organizationId()
                    || p.isInterpretation()
                    || p.status() == RecordStatus.WITHDRAWN) {
                throw new RuleViolation("explainedIds", "所选文件不存在或不能关联，请刷新页面后重新选择。");
            }
            explained.add(other);
        }
        String numbers = Texts.clean(explainedIndexNumbers);
        if (numbers != null) {
            if (numbers.length() > 2000) {
                throw new RuleViolation("explainedIndexNumbers", "索引号填写过长，每次最多关联 " + MAX_EXPLAINED + " 份文件。");
            }
            for (String number : SEPARATORS.split(numbers)) {
                if (number.isEmpty()) {
                    continue;
                }
                Long other = records.idByIndexNumber(number)
                        .filter(o -> published.relatedRecord(o).isPresent())
                        .orElseThrow(
                                () -> new RuleViolation("explainedIndexNumbers", "索引号为“" + number + "”的已发布信息不存在，请核对。"));
                if (records.find(other)
                        .map(GovernmentInformation::isInterpretation)
                        .orElse(false)) {
                    throw new RuleViolation("explainedIndexNumbers", "索引号为“" + number + "”的信息本身是政策解读，请填写所解读文件的索引号。");
                }
                explained.add(other);
            }
        }
        explained.remove(id);
        if (explained.isEmpty()) {
            throw new RuleViolation("explainedIds", "请选择所解读的文件，或填写已发布文件的索引号。");
        }
        if (explained.size() > MAX_EXPLAINED) {
            throw new RuleViolation("explainedIds", "一份解读最多关联 " + MAX_EXPLAINED + " 份文件。");
        }
        if (!records.touch(id, lockVersion)) {
            throw stale();
        }
        records.describeInterpretation(id, new Interpretation(form, who, clean), List.copyOf(explained));
        audit.record(
                "INFORMATION_INTERPRETATION",
                target(id),
                Outcome.SUCCESS,
                form.label() + "，" + who + "，解读 " + explained.size() + " 份文件");
    }

    private static String missingText(InterpretationForm form) {
        return "“" + form.label() + "”须附" + form.requiredText() + "，供使用读屏软件和不便观看的读者阅读。";
    }

    /**
     * Checked when a record is submitted: an interpretation says what it is and what it explains ({@code explainsAny}:
     * its working copy names a record).
     */
    static void checkSubmittable(GovernmentInformation r, boolean explainsAny) {
        if (!r.isInterpretation()) {
            return;
        }
        if (r.attribute() != DisclosureAttribute.PROACTIVE) {
            throw new RuleViolation("政策解读是为公众解读政策的材料，须主动公开，请将公开属性改为“主动公开”。");
        }
        if (r.interpretation() == null || !explainsAny) {
            throw new RuleViolation("请先在“政策解读”中填写解读形式、解读机构或解读人和所解读的文件，再提交。");
        }
        if (r.interpretation().form().requiredText() != null
                && r.interpretation().text() == null) {
            throw new RuleViolation(missingText(r.interpretation().form()));
        }
    }

    /**
     * The interpretations to sign off with this record (同步审签), once it is checked that it may be signed off: a
     * policy needing interpretation that is published for the first time goes with its interpretations that passed
     * the secrecy review, and not without one; an interpretation goes alone only when what it explains is public
     * already (else it is signed off with the policy).
     */
    List<GovernmentInformation> toSignWith(GovernmentInformation r) {
        if (r.isInterpretation()) {
            for (long e : records.explained(r.id())) {
                GovernmentInformation p = editing.find(e);
                if (!p.isPublic()) {
                    throw new RuleViolation(
                            "该解读所解读的文件《" + p.title() + "》尚未发布：解读须与文件同步审签、同步发布（三同步），" + "请签发该文件，本解读将随之一同签发。");
                }
            }
            return List.of();
        }
        return toSignWith(r, interpretationsOf(r));
    }

    /** The working copies of the interpretations that explain this policy (withdrawn ones left out). */
    private List<GovernmentInformation> interpretationsOf(GovernmentInformation policy) {
        return records.explainedBy(policy.id()).stream().map(editing::find).toList();
    }

    /** {@link #toSignWith} for a policy whose interpretations ({@code linked}) are read already. */
    private static List<GovernmentInformation> toSignWith(GovernmentInformation r, List<GovernmentInformation> linked) {
        if (!r.needsInterpretation()
                || r.attribute() != DisclosureAttribute.PROACTIVE
                || r.publishedRevision() != null) {
            return List.of();
        }
        List<GovernmentInformation> ready =
                linked.stream().filter(i -> i.status() == RecordStatus.CLEARED).toList();
        if (ready.isEmpty()) {
            if (linked.isEmpty()) {
                throw new RuleViolation("这份文件需要政策解读（三同步：同步组织、同步审签、同步发布）。请先起草解读材料（体裁“政策解读”）并关联本文件，"
                        + "解读通过保密审查后与文件一同签发；如确实不需要解读，请编辑本文件改为“不需要解读”。");
            }
            GovernmentInformation first = linked.get(0);
            throw new RuleViolation(
                    "这份文件的解读材料《" + first.title() + "》当前为“" + first.status().label() + "”：解读须通过保密审查后与文件一同签发，请待其送签后再签发。");
        }
        return ready;
    }

    /** A record linked as an interpretation or as the policy interpreted, as the console shows it. */
    public record Linked(long id, String title, RecordStatus status, String indexNumber, String lateness) {}

    /** The 政策解读 part of the console's record page. */
    public record Panel(
            boolean needed,
            boolean neededByDefault,
            Interpretation interpretation,
            List<Linked> explained,
            List<Linked> interpretations,
            List<Linked> candidates,
            List<GovernmentInformation> signedWith) {}

    /** What the record page shows of interpretation: for an interpretation what it explains, else its interpretations. */
    @Transactional(readOnly = true)
    public Panel panel(GovernmentInformation r, boolean editable, boolean signing) {
        if (r.isInterpretation()) {
            List<Linked> explained = new ArrayList<>();
            for (long e : records.explained(r.id())) {
                GovernmentInformation p = editing.find(e);
                explained.add(linked(p, lateness(p, r)));
            }
            List<Linked> candidates = editable
                    ? records.awaitingInterpretation(r.organizationId(), MAX_CANDIDATES).stream()
                            .map(p -> linked(p, null))
                            .toList()
                    : List.of();
            return new Panel(false, false, r.interpretation(), explained, List.of(), candidates, List.of());
        }
        List<GovernmentInformation> linked = interpretationsOf(r);
        List<Linked> interpretations = new ArrayList<>();
        for (GovernmentInformation interpretation : linked) {
            interpretations.add(linked(interpretation, lateness(r, interpretation)));
        }
        List<GovernmentInformation> signedWith = List.of();
        if (signing) {
            try {
                signedWith = toSignWith(r, linked);
            } catch (RuleViolation e) {
                signedWith = List.of(); // the sign-off tells why
            }
        }
        return new Panel(
                r.needsInterpretation(),
                r.interpretationNeeded() == null,
                null,
                List.of(),
                interpretations,
                List.of(),
                signedWith);
    }

    private static Linked linked(GovernmentInformation r, String lateness) {
        return new Linked(r.id(), r.title(), r.status(), r.indexNumber(), lateness);
    }

    /**
     * Why the interpretation is late for the policy (RULES §7.2: published within {@link #lateAfterWorkingDays} working
     * days of it), or null: it came later, or the policy has been public longer without it.
     */
    String lateness(GovernmentInformation policy, GovernmentInformation interpretation) {
        if (policy.firstPublishedAt() == null) {
            return null;
        }
        LocalDate from = LocalDate.ofInstant(policy.firstPublishedAt(), clock.getZone());
        if (interpretation.firstPublishedAt() != null) {
            LocalDate to = LocalDate.ofInstant(interpretation.firstPublishedAt(), clock.getZone());
            int days = calendar.workingDaysBetween(from, to);
            return days > lateAfter ? "晚于文件 " + days + " 个工作日发布（应在 " + lateAfter + " 个工作日内）" : null;
        }
        int days = calendar.workingDaysBetween(from, LocalDate.now(clock));
        return days > lateAfter ? "文件已发布 " + days + " 个工作日，解读尚未发布（应在 " + lateAfter + " 个工作日内）" : null;
    }
}
