package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.information.CleanupDecision.CleanupScope;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 清理 and 动态调整 (国务院令第711号 第十八条): the supervising office opens a round over the units it supervises;
 * each unit's editor marks every effective 规章 and 行政规范性文件 keep / amend / expire / repeal, and every
 * record not disclosed still withheld / now disclosable; when the office closes the round the decisions take
 * effect (validity marked; now-disclosable records go back to drafting as 主动公开, their 20-working-day clock
 * running from the decision) and the result list is public.
 */
@Service
public class CleanupRounds {

    private final JdbcClient jdbc;
    private final InformationRepository records;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final PublicChanges publicChanges;
    private final Clock clock;

    CleanupRounds(
            JdbcClient jdbc,
            InformationRepository records,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            PublicChanges publicChanges,
            Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    /** Opens a round over the organization and the units under it. */
    @Transactional
    public long open(long organizationId, String title, LocalDate dueDate) {
        access.require(Role.SUPERVISOR, organizationId, "CLEANUP_OPEN");
        String clean = Texts.clean(title);
        if (clean == null || clean.length() > 200) {
            throw new RuleViolation("title", "请填写清理的名称（不超过 200 字），例如“2026年度规范性文件清理”。");
        }
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("dueDate", "完成期限不能早于今天。");
        }
        List<Long> units = directory.subtree(organizationId);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into cleanup_round (title, organization_id, opened_by, opened_at, due_date) values (?, ?, ?, ?, ?)")
                .params(
                        clean,
                        organizationId,
                        Actors.currentName(),
                        utc(clock.instant()),
                        dueDate == null ? null : Date.valueOf(dueDate))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(units);
        String in = String.join(", ", java.util.Collections.nCopies(units.size(), "?"));
        int normative = jdbc.sql("insert into cleanup_entry (round_id, record_id, organization_id, scope, title) "
                        + "select ?, r.id, r.organization_id, 'NORMATIVE', v.title from information_record r "
                        + "join information_revision v on v.record_id = r.id and v.revision_number = r.published_revision "
                        + "where r.organization_id in (" + in
                        + ") and r.status <> 'WITHDRAWN' and r.validity = 'EFFECTIVE' "
                        + "and v.document_type in ('REGULATION', 'NORMATIVE_DOCUMENT')")
                .params(params)
                .update();
        int withheld = jdbc.sql("insert into cleanup_entry (round_id, record_id, organization_id, scope, title) "
                        + "select ?, r.id, r.organization_id, 'WITHHELD', r.title from information_record r "
                        + "where r.organization_id in (" + in
                        + ") and r.status = 'FILED' and r.attribute <> 'PROACTIVE'")
                .params(params)
                .update();
        audit.record(
                "CLEANUP_OPEN",
                "cleanup:" + id,
                Outcome.SUCCESS,
                clean + "：规范性文件 " + normative + " 件，未公开信息 " + withheld + " 条");
        return id;
    }

    @Transactional(readOnly = true)
    public CleanupRound round(long id) {
        CleanupRound r = load(id);
        if (!r.isClosed()
                && !access.canAny(InformationEditing.STAFF, r.organizationId())
                && r.entries().stream().noneMatch(e -> access.canAny(InformationEditing.STAFF, e.organizationId()))) {
            access.deny("CLEANUP_READ", "cleanup:" + id);
        }
        return r;
    }

    /** Rounds the current staff member can see (open ones for his units, all closed ones). */
    @Transactional(readOnly = true)
    public List<CleanupRoundSummary> rounds() {
        OrganizationScope scope = access.scope(InformationEditing.STAFF);
        Map<Long, Set<Long>> entryUnits = new HashMap<>();
        if (!scope.all()) {
            jdbc.sql("select distinct round_id, organization_id from cleanup_entry")
                    .query(rs -> {
                        entryUnits
                                .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                .add(rs.getLong(2));
                    });
        }
        return jdbc
                .sql("select c.id, c.title, c.organization_id, c.opened_at, c.due_date, c.closed_at, "
                        + "(select count(*) from cleanup_entry e where e.round_id = c.id), "
                        + "(select count(*) from cleanup_entry e where e.round_id = c.id and e.decision is not null) "
                        + "from cleanup_round c order by c.id desc")
                .query((rs, n) -> {
                    Date due = rs.getDate("due_date");
                    return new CleanupRoundSummary(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getLong("organization_id"),
                            instant(rs, "opened_at"),
                            due == null ? null : due.toLocalDate(),
                            rs.getTimestamp("closed_at") != null,
                            rs.getLong(7),
                            rs.getLong(8));
                })
                .list()
                .stream()
                .filter(r -> r.closed()
                        || scope.covers(r.organizationId())
                        || entryUnits.getOrDefault(r.id(), Set.of()).stream().anyMatch(scope::covers))
                .toList();
    }

    /** Closed rounds, public. */
    @Transactional(readOnly = true)
    public List<CleanupRound> closedRounds() {
        return ids("select id from cleanup_round where closed_at is not null order by closed_at desc").stream()
                .map(this::load)
                .toList();
    }

    @Transactional(readOnly = true)
    public CleanupRound closedRound(long id) {
        CleanupRound r = load(id);
        if (!r.isClosed()) {
            throw new NotFound("该清理结果尚未公布。");
        }
        return r;
    }

    public boolean canDecide(CleanupRound.Entry e) {
        return access.can(Role.EDITOR, e.organizationId());
    }

    public boolean canClose(CleanupRound r) {
        return !r.isClosed() && access.can(Role.SUPERVISOR, r.organizationId());
    }

    @Transactional
    public void decide(long roundId, long entryId, CleanupDecision decision, String note) {
        CleanupRound r = load(roundId);
        if (r.isClosed()) {
            throw new RuleViolation("该轮清理已结束，不能再修改。");
        }
        CleanupRound.Entry e = r.entries().stream()
                .filter(x -> x.id() == entryId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("该清理事项不存在。"));
        access.require(Role.EDITOR, e.organizationId(), "CLEANUP_DECIDE");
        if (decision == null || !decision.fits(e.scope())) {
            throw new RuleViolation("decision", "请为“" + e.scope().label() + "”选择适用的清理结果。");
        }
        String clean = Texts.clean(note);
        if (decision != CleanupDecision.KEEP && decision != CleanupDecision.STILL_WITHHELD && clean == null) {
            throw new RuleViolation("note", "“" + decision.label() + "”须写明理由或依据。");
        }
        if (clean != null && clean.length() > 2000) {
            throw new RuleViolation("note", "说明不能超过 2000 字。");
        }
        jdbc.sql("update cleanup_entry set decision = ?, note = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(decision.name(), clean, Actors.currentName(), utc(clock.instant()), entryId)
                .update();
        audit.record("CLEANUP_DECIDE", "cleanup:" + roundId, Outcome.SUCCESS, e.title() + "：" + decision.label());
    }

    /** Closes the round: every entry decided; the decisions take effect; the result list becomes public. */
    @Transactional
    public void close(long roundId, int lockVersion) {
        CleanupRound r = load(roundId);
        if (!canClose(r)) {
            access.deny("CLEANUP_CLOSE", "cleanup:" + roundId);
        }
        if (r.undecided() > 0) {
            throw new RuleViolation("还有 " + r.undecided() + " 件未作出清理结果，不能结束本轮清理。");
        }
        if (jdbc.sql("update cleanup_round set closed_by = ?, closed_at = ?, lock_version = lock_version + 1 "
                                + "where id = ? and lock_version = ? and closed_at is null")
                        .params(Actors.currentName(), utc(clock.instant()), roundId, lockVersion)
                        .update()
                != 1) {
            throw new RuleViolation("该轮清理已被他人修改，请刷新页面后重试。");
        }
        LocalDate today = LocalDate.now(clock);
        for (CleanupRound.Entry e : r.entries()) {
            GovernmentInformation g = records.find(e.recordId()).orElseThrow();
            switch (e.decision()) {
                case EXPIRE, REPEAL -> {
                    if (g.isPublic()) {
                        if (!records.validity(
                                g.id(),
                                g.lockVersion(),
                                e.decision() == CleanupDecision.EXPIRE ? Validity.EXPIRED : Validity.REPEALED,
                                today,
                                null)) {
                            throw changedMeanwhile(g);
                        }
                        records.review(
                                g.id(),
                                ReviewDecision.Step.VALIDITY,
                                ReviewDecision.Verdict.DONE,
                                e.decision().label() + "（" + r.title() + "）",
                                Actors.currentName(),
                                clock.instant());
                        publicChanges.changed(new PublicInformationChanged.InformationValidityChanged(
                                g.id(), e.decision() == CleanupDecision.EXPIRE ? Validity.EXPIRED : Validity.REPEALED));
                    }
                }
                case DISCLOSE -> {
                    if (g.status() == RecordStatus.FILED) {
                        if (!records.attribute(g.id(), g.lockVersion(), DisclosureAttribute.PROACTIVE, today)) {
                            throw changedMeanwhile(g);
                        }
                        records.review(
                                g.id(),
                                ReviewDecision.Step.VALIDITY,
                                ReviewDecision.Verdict.DONE,
                                "经" + r.title() + "评估现可公开，转为主动公开，重新审核后发布",
                                Actors.currentName(),
                                clock.instant());
                    }
                }
                default -> {
                    // KEEP, AMEND, STILL_WITHHELD: recorded in the result list; amendment follows as a new record
                }
            }
        }
        audit.record(
                "CLEANUP_CLOSE",
                "cleanup:" + roundId,
                Outcome.SUCCESS,
                r.title() + "：" + r.entries().size() + " 件");
    }

    private CleanupRound load(long id) {
        List<CleanupRound.Entry> entries = jdbc.sql(
                        "select e.id, e.record_id, e.organization_id, e.scope, e.title, e.decision, "
                                + "e.note, e.decided_by, e.decided_at, r.index_number, r.document_number from cleanup_entry e "
                                + "join information_record r on r.id = e.record_id where e.round_id = ? order by e.organization_id, e.scope, e.id")
                .param(id)
                .query((rs, n) -> new CleanupRound.Entry(
                        rs.getLong("id"),
                        rs.getLong("record_id"),
                        rs.getLong("organization_id"),
                        CleanupScope.valueOf(rs.getString("scope")),
                        rs.getString("title"),
                        rs.getString("decision") == null ? null : CleanupDecision.valueOf(rs.getString("decision")),
                        rs.getString("note"),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at"),
                        rs.getString("index_number"),
                        rs.getString("document_number")))
                .list();
        return jdbc.sql(
                        "select id, title, organization_id, opened_by, opened_at, due_date, closed_by, closed_at, lock_version "
                                + "from cleanup_round where id = ?")
                .param(id)
                .query((rs, n) -> {
                    Date due = rs.getDate("due_date");
                    return new CleanupRound(
                            id,
                            rs.getString("title"),
                            rs.getLong("organization_id"),
                            rs.getString("opened_by"),
                            instant(rs, "opened_at"),
                            due == null ? null : due.toLocalDate(),
                            rs.getString("closed_by"),
                            instant(rs, "closed_at"),
                            rs.getInt("lock_version"),
                            entries);
                })
                .optional()
                .orElseThrow(() -> new NotFound("该清理不存在。"));
    }

    private List<Long> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }

    /** A record of the round changed while the round was closing: nothing of the closing is kept. */
    private static RuleViolation changedMeanwhile(GovernmentInformation g) {
        return new RuleViolation("清理结果中的信息“" + g.title() + "”刚被他人修改，本轮清理未结束；请刷新页面后重试。");
    }
}
