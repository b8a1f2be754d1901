package org.gongkai.request;

import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconsideration and litigation about concluded cases (issue 11 §7): recorded by the unit's handler or the supervising
 * office when filed, decided once with the result; table 四 counts them ({@link RequestStatistics#tableFour}).
 */
@Service
public class RequestRemedies {

    static final EnumSet<Role> RECORDERS = EnumSet.of(Role.REQUEST_HANDLER, Role.SUPERVISOR);

    private final JdbcClient jdbc;
    private final RequestRepository cases;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    RequestRemedies(JdbcClient jdbc, RequestRepository cases, AccessControl access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Remedy> of(long requestId) {
        RequestCase c = cases.find(requestId).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.requireAny(RequestCases.READERS, c.organizationId(), "REQUEST_READ");
        return list(requestId);
    }

    List<Remedy> list(long requestId) {
        return jdbc.sql("select id, request_id, kind, route, filed_on, body, result, decided_on, note, lock_version "
                        + "from request_remedy where request_id = ? order by filed_on, id")
                .param(requestId)
                .query((rs, n) -> new Remedy(
                        rs.getLong(1),
                        rs.getLong(2),
                        Remedy.Kind.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Remedy.Route.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        Remedy.Result.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class),
                        rs.getString(9),
                        rs.getInt(10)))
                .list();
    }

    /** A reconsideration or lawsuit was filed about a concluded case. */
    @Transactional
    public long record(
            long requestId, Remedy.Kind kind, Remedy.Route route, LocalDate filedOn, String body, String note) {
        RequestCase c = cases.find(requestId).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.requireAny(RECORDERS, c.organizationId(), "REQUEST_REMEDY_RECORD");
        if (c.status().isOpen() || c.concludedOn() == null) {
            throw new RuleViolation("行政复议、行政诉讼针对已作出的答复或处理，请在申请办结后登记。");
        }
        if (kind == null) {
            throw new RuleViolation("kind", "请选择行政复议或行政诉讼。");
        }
        if (kind == Remedy.Kind.LITIGATION && route == null) {
            throw new RuleViolation("route", "请选择起诉方式：未经复议直接起诉，或复议后起诉。");
        }
        LocalDate filed = RequestSteps.pastOrToday("filedOn", filedOn, LocalDate.now(clock), "申请或起诉日期");
        if (filed.isBefore(c.concludedOn())) {
            throw new RuleViolation("filedOn", "申请或起诉日期不能早于答复（办结）日期 " + c.concludedOn() + "。");
        }
        String who = Inputs.required("body", body, 200, "请填写复议机关或受理法院。");
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("insert into request_remedy (request_id, kind, route, filed_on, body, result, note, recorded_by, "
                        + "recorded_at) values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)")
                .params(
                        requestId,
                        kind.name(),
                        kind == Remedy.Kind.LITIGATION ? route.name() : null,
                        Date.valueOf(filed),
                        who,
                        Inputs.optional("note", note, 1000),
                        Actors.currentName(),
                        utc(clock.instant()))
                .update(id, "id");
        audit.record("REQUEST_REMEDY_RECORD", "request:" + requestId, Outcome.SUCCESS, kind.label());
        return id.getKey().longValue();
    }

    /** The decision of a pending reconsideration or lawsuit, taken once. */
    @Transactional
    public void decide(long remedyId, int version, Remedy.Result result, LocalDate decidedOn, String note) {
        long requestId = jdbc.sql("select request_id from request_remedy where id = ?")
                .param(remedyId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("该复议或诉讼记录不存在。"));
        RequestCase c = cases.find(requestId).orElseThrow();
        access.requireAny(RECORDERS, c.organizationId(), "REQUEST_REMEDY_DECIDE");
        if (result == null || result == Remedy.Result.PENDING) {
            throw new RuleViolation("result", "请选择结果：维持、纠正或其他结果。");
        }
        Remedy remedy = list(requestId).stream()
                .filter(r -> r.id() == remedyId)
                .findFirst()
                .orElseThrow();
        LocalDate decided = RequestSteps.pastOrToday("decidedOn", decidedOn, LocalDate.now(clock), "审结日期");
        if (decided.isBefore(remedy.filedOn())) {
            throw new RuleViolation("decidedOn", "审结日期不能早于申请或起诉日期 " + remedy.filedOn() + "。");
        }
        if (jdbc.sql(
                                "update request_remedy set result = ?, decided_on = ?, note = coalesce(?, note), "
                                        + "lock_version = lock_version + 1 where id = ? and result = 'PENDING' and lock_version = ?")
                        .params(
                                result.name(),
                                Date.valueOf(decided),
                                Inputs.optional("note", note, 1000),
                                remedyId,
                                version)
                        .update()
                != 1) {
            throw new RuleViolation("该记录已被他人处理，请刷新页面。");
        }
        audit.record("REQUEST_REMEDY_DECIDE", "request:" + requestId, Outcome.SUCCESS, result.label());
    }
}
