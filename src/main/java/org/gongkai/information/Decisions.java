package org.gongkai.information;

import static org.gongkai.information.InformationEditing.stale;
import static org.gongkai.information.InformationEditing.target;

import java.util.List;
import java.util.Optional;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.DecisionConsultations;
import org.gongkai.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision's record and the public consultation it came from (国务院令第713号 第十五、三十二条; issue 15 §5): the unit
 * names the consultation on the record; the record cannot be published before the consultation's 意见采纳情况 is; the
 * public pages link both ways. The consultations are the consultation module's, read through {@link
 * DecisionConsultations}.
 */
@Service
public class Decisions {

    private final InformationRepository records;
    private final PublishedRecords published;
    private final InformationEditing editing;
    private final AuditTrail audit;
    private final ObjectProvider<DecisionConsultations> consultations;

    Decisions(
            InformationRepository records,
            PublishedRecords published,
            InformationEditing editing,
            AuditTrail audit,
            ObjectProvider<DecisionConsultations> consultations) {
        this.records = records;
        this.published = published;
        this.editing = editing;
        this.audit = audit;
        this.consultations = consultations;
    }

    private Optional<DecisionConsultations.Consultation> consultation(Long id) {
        DecisionConsultations all = consultations.getIfAvailable();
        return id == null || all == null ? Optional.empty() : all.find(id);
    }

    /** Names (or, with null, stops naming) the published consultation of the record's unit its decision came from. */
    @Transactional
    public void linkConsultation(long id, int lockVersion, Long consultationId) {
        GovernmentInformation r = editing.editable(id, "INFORMATION_CONSULTATION_LINK");
        if (r.isInterpretation()) {
            throw new RuleViolation("政策解读不是决策文件，不能关联征求意见。");
        }
        DecisionConsultations.Consultation c = null;
        if (consultationId != null) {
            c = consultation(consultationId)
                    .filter(x -> x.published() && x.organizationId() == r.organizationId())
                    .orElseThrow(() -> new RuleViolation("consultationId", "所选征求意见不存在或不是本单位已发布的征求意见，请刷新页面后重新选择。"));
        }
        if (!records.touch(id, lockVersion)) {
            throw stale();
        }
        records.setConsultation(id, consultationId);
        audit.record(
                "INFORMATION_CONSULTATION_LINK",
                target(id),
                Outcome.SUCCESS,
                c == null ? "取消关联征求意见" : "关联征求意见 consultation:" + c.id() + " " + c.title());
    }

    /** Refuses the publication of a decision whose consultation's 意见采纳情况 is not published yet. */
    void checkPublishable(GovernmentInformation r) {
        if (r.consultationId() == null || r.attribute() != DisclosureAttribute.PROACTIVE) {
            return;
        }
        DecisionConsultations.Consultation c = consultation(r.consultationId()).orElse(null);
        if (c != null && !c.feedbackPublished()) {
            throw new RuleViolation("本决策曾公开征求意见（《" + c.title() + "》）：须先发布意见采纳情况，再发布决策文件（国务院令第713号 第三十二条）。");
        }
    }

    /** The consultation the record names, and those of its unit it could name while editable, for the console. */
    public record Panel(DecisionConsultations.Consultation linked, List<DecisionConsultations.Consultation> choices) {}

    @Transactional(readOnly = true)
    public Panel panel(GovernmentInformation r, boolean editable) {
        DecisionConsultations all = consultations.getIfAvailable();
        if (all == null || r.isInterpretation()) {
            return new Panel(null, List.of());
        }
        return new Panel(
                consultation(r.consultationId()).orElse(null), editable ? all.ofUnit(r.organizationId()) : List.of());
    }

    /** The public consultation a public record's decision came from, if it names one. */
    @Transactional(readOnly = true)
    public Optional<DecisionConsultations.Consultation> publicConsultation(long recordId) {
        return published
                .consultationOf(recordId)
                .flatMap(this::consultation)
                .filter(DecisionConsultations.Consultation::published);
    }

    /** The public records of decisions that came from this consultation. */
    @Transactional(readOnly = true)
    public List<PublishedInformation.RelatedRecord> decisionsOf(long consultationId) {
        return published.decisionsOf(consultationId);
    }
}
