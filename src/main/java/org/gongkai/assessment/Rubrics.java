package org.gongkai.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubrics the supervising office evaluates units by (issue 16 §2): read by every staff member who sees indicators
 * (so a unit knows what it is scored on), edited only by the county's supervising office — items' points and scoring,
 * items added and removed, the grade thresholds — each change audited with what it was and what it became, and
 * guarded by the rubric's version. Scoring a unit on a rubric ({@link #score}) uses the unit's indicators.
 */
@Service
public class Rubrics {

    private final RubricRepository repository;
    private final Indicators indicators;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    Rubrics(
            RubricRepository repository,
            Indicators indicators,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.indicators = indicators;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Rubric> all() {
        requireReader();
        return repository.all();
    }

    @Transactional(readOnly = true)
    public Rubric find(long id) {
        requireReader();
        return load(id);
    }

    private Rubric load(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("该考核评分标准不存在。"));
    }

    private void requireReader() {
        if (access.scope(Indicators.VIEWERS).isEmpty()) {
            access.deny("RUBRIC_READ", "rubric");
        }
    }

    /** Whether the staff member edits rubrics: the supervising office of the county (the directory's root). */
    public boolean canEdit() {
        return access.can(Role.SUPERVISOR, root());
    }

    private Long root() {
        return directory.root().map(o -> o.id()).orElse(null);
    }

    /** What an item is to become, as the form posts it. */
    public record ItemDraft(
            String name,
            Integer points,
            ScoringMethod method,
            Indicator indicator,
            ScoringRule rule,
            String guidance) {}

    private static final int MAX_POINTS = 100;

    private Rubric.Item checked(long id, int position, ItemDraft d) {
        String name = Texts.required("name", d.name(), 300, "评分项目");
        if (d.points() == null || d.points() < 1 || d.points() > MAX_POINTS) {
            throw new RuleViolation("points", "分值应为 1 至 " + MAX_POINTS + " 之间的整数。");
        }
        if (d.method() == null) {
            throw new RuleViolation("method", "请选择计分方式。");
        }
        String guidance = Texts.optional("guidance", d.guidance(), 1000, "评分说明");
        if (d.method() != ScoringMethod.AUTO) {
            return new Rubric.Item(id, position, name, d.points(), d.method(), null, null, guidance);
        }
        if (d.indicator() == null || d.rule() == null) {
            throw new RuleViolation("indicator", "自动计分的项目请选择依据的指标和计分规则。");
        }
        if (d.rule() == ScoringRule.PROPORTIONAL && d.indicator().targetPercent() == null) {
            throw new RuleViolation(
                    "rule",
                    "“" + d.indicator().label() + "”是数量，不是比例，不能按比例得分；请选择“" + ScoringRule.ALL_OR_NOTHING.label() + "”。");
        }
        return new Rubric.Item(id, position, name, d.points(), d.method(), d.indicator(), d.rule(), guidance);
    }

    private Rubric editable(long rubricId, int version, String action) {
        access.require(Role.SUPERVISOR, root(), action);
        Rubric r = load(rubricId);
        if (!repository.touch(rubricId, version, clock.instant(), Actors.currentName())) {
            throw RuleViolation.changedMeanwhile("该考核评分标准");
        }
        return r;
    }

    @Transactional
    public void updateItem(long rubricId, int version, long itemId, ItemDraft d) {
        Rubric r = editable(rubricId, version, "RUBRIC_CHANGE");
        Rubric.Item old = r.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("该评分项目不存在。"));
        Rubric.Item now = checked(itemId, old.position(), d);
        repository.updateItem(itemId, now);
        audit.record(
                "RUBRIC_CHANGE",
                "rubric:" + rubricId,
                Outcome.SUCCESS,
                "修改评分项目：" + describe(old) + " → " + describe(now));
    }

    @Transactional
    public void addItem(long rubricId, int version, long categoryId, ItemDraft d) {
        Rubric r = editable(rubricId, version, "RUBRIC_CHANGE");
        Rubric.Category c = r.categories().stream()
                .filter(x -> x.id() == categoryId)
                .findFirst()
                .orElseThrow(() -> new NotFound("该评分类别不存在。"));
        Rubric.Item item = checked(0, 0, d);
        repository.insertItem(categoryId, item);
        audit.record(
                "RUBRIC_CHANGE", "rubric:" + rubricId, Outcome.SUCCESS, "在“" + c.name() + "”增加评分项目：" + describe(item));
    }

    @Transactional
    public void removeItem(long rubricId, int version, long itemId) {
        Rubric r = editable(rubricId, version, "RUBRIC_CHANGE");
        Rubric.Item old = r.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("该评分项目不存在。"));
        repository.deleteItem(itemId);
        audit.record("RUBRIC_CHANGE", "rubric:" + rubricId, Outcome.SUCCESS, "删除评分项目：" + describe(old));
    }

    @Transactional
    public void setThresholds(long rubricId, int version, Integer pass, Integer basic) {
        Rubric r = editable(rubricId, version, "RUBRIC_CHANGE");
        if (pass == null || basic == null || basic < 1 || pass <= basic || pass > r.points()) {
            throw new RuleViolation("passScore", "请填写合格和基本合格的分数线：基本合格线至少 1 分，低于合格线；合格线不超过总分 " + r.points() + " 分。");
        }
        repository.thresholds(rubricId, pass, basic);
        audit.record(
                "RUBRIC_CHANGE",
                "rubric:" + rubricId,
                Outcome.SUCCESS,
                "等次分数线：合格 " + r.passScore() + " → " + pass + "，基本合格 " + r.basicScore() + " → " + basic);
    }

    private static String describe(Rubric.Item i) {
        return i.name() + "（" + i.points() + " 分，" + i.method().label()
                + (i.indicator() == null
                        ? ""
                        : "：" + i.indicator().label() + "，" + i.rule().label()) + "）";
    }

    // --- scoring -------------------------------------------------------------------------------------------------

    /** An item's score (tenths of a point) with why; null points for an item scored by hand or questionnaire. */
    public record ItemScore(Rubric.Item item, Long tenths, String why) {

        /** The points as they read: 5.4, 6, 0. */
        public String points() {
            return tenths == null ? "" : Score.format(tenths);
        }
    }

    /** A unit's automatic scores on a rubric for a period; the total counts only the automatic items. */
    public record UnitScore(
            org.gongkai.organization.Organization unit, List<ItemScore> items, long autoTenths, int autoPoints) {

        public String total() {
            return Score.format(autoTenths);
        }
    }

    /** Every visible unit's automatic scores on the rubric for the period (the office's preview before a round). */
    @Transactional(readOnly = true)
    public List<UnitScore> score(long rubricId, Period period) {
        Rubric r = find(rubricId);
        List<UnitScore> out = new ArrayList<>();
        for (Indicators.Row row : indicators.board(period).rows()) {
            List<ItemScore> items = new ArrayList<>();
            long total = 0;
            int possible = 0;
            for (Rubric.Item item : r.items()) {
                if (item.method() != ScoringMethod.AUTO) {
                    items.add(new ItemScore(item, null, item.method().label()));
                    continue;
                }
                ItemScore s = auto(item, row.values().get(item.indicator()));
                items.add(s);
                total += s.tenths();
                possible += item.points();
            }
            out.add(new UnitScore(row.unit(), items, total, possible));
        }
        return out;
    }

    /** An automatic item's points from its indicator's value, by its rule. */
    static ItemScore auto(Rubric.Item item, Indicators.Value v) {
        long full = item.points() * 10L;
        if (v.verdict() == Indicators.Verdict.NEUTRAL) {
            return new ItemScore(item, full, v.text() + "：本期无此项业务或不作要求，不扣分");
        }
        if (item.rule() == ScoringRule.ALL_OR_NOTHING || v.permille() == null) {
            return v.verdict() == Indicators.Verdict.MEETS
                    ? new ItemScore(item, full, v.text() + "：达到要求")
                    : new ItemScore(item, 0L, v.text() + "：未达到要求");
        }
        long target = item.indicator().targetPercent() * 10L;
        long tenths = Math.min(full, full * v.permille() / target);
        return new ItemScore(item, tenths, v.text() + "，要求 " + item.indicator().targetPercent() + "%：按比例得分");
    }
}
