package org.gongkai.request;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.request.RequestClock.DueKind;
import org.gongkai.shared.TrackingCodes;
import org.gongkai.shared.WithholdingGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Request cases, their items and timelines. Every change of a case goes through {@link #move}: one write guarded by
 * the state and the version it was read in (ADR 0005).
 */
@Repository
class RequestRepository {

    private static final String CASE =
            "id, organization_id, tracking_code, case_number, channel, status, applicant_kind, "
                    + "applicant_name, contact_person, id_type, phone_last4, provision_form, obtain_way, submitted_at, received_on, "
                    + "due_on, due_kind, handler_id, outcome, withholding_ground, outcome_reason, concluded_on, created_by, "
                    + "lock_version";

    /** The sealed personal data of an applicant, as stored. */
    record SealedContact(String idNumber, String phone, String email, String address, String postalCode) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    RequestRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long insert(
            Application a,
            SealedContact sealed,
            String idLookup,
            String trackingCode,
            IntakeChannel channel,
            RequestStatus status,
            Instant at,
            String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into information_request (organization_id, tracking_code, channel, status, applicant_kind, "
                        + "applicant_name, contact_person, id_type, id_number_sealed, id_lookup, phone_sealed, phone_last4, "
                        + "email_sealed, address_sealed, postal_code, provision_form, obtain_way, submitted_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.organizationId(),
                        trackingCode,
                        channel.name(),
                        status.name(),
                        a.applicantKind().name(),
                        a.name(),
                        a.contactPerson(),
                        a.idType().name(),
                        sealed.idNumber(),
                        idLookup,
                        sealed.phone(),
                        a.phoneLast4(),
                        sealed.email(),
                        sealed.address(),
                        sealed.postalCode(),
                        a.provisionForm().name(),
                        a.obtainWay().name(),
                        utc(at),
                        by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 0;
        for (Application.Item item : a.items()) {
            jdbc.sql("insert into request_item (request_id, position, title, document_number, description) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(id, ++position, item.title(), item.documentNumber(), item.description())
                    .update();
        }
        return id;
    }

    /** A fresh 查询码 no case has yet. */
    String unusedTrackingCode() {
        String code;
        do {
            code = TrackingCodes.next();
        } while (jdbc.sql("select count(*) from information_request where tracking_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0);
        return code;
    }

    Optional<RequestCase> find(long id) {
        return jdbc.sql("select " + CASE + " from information_request where id = ?")
                .param(id)
                .query(RequestRepository::row)
                .optional();
    }

    Optional<RequestCase> findByTrackingCode(String code) {
        return jdbc.sql("select " + CASE + " from information_request where tracking_code = ?")
                .param(code)
                .query(RequestRepository::row)
                .optional();
    }

    SealedContact contact(long id) {
        return jdbc.sql("select id_number_sealed, phone_sealed, email_sealed, address_sealed, postal_code "
                        + "from information_request where id = ?")
                .param(id)
                .query((rs, n) -> new SealedContact(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
    }

    List<Application.Item> items(long id) {
        return jdbc.sql("select title, document_number, description from request_item where request_id = ? "
                        + "order by position")
                .param(id)
                .query((rs, n) -> new Application.Item(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    List<TimelineEntry> timeline(long id) {
        return jdbc.sql("select id, kind, on_date, recorded_at, recorded_by, ref, days, until_date, note, code "
                        + "from request_event where request_id = ? order by id")
                .param(id)
                .query((rs, n) -> new TimelineEntry(
                        rs.getLong("id"),
                        TimelineKind.valueOf(rs.getString("kind")),
                        rs.getObject("on_date", LocalDate.class),
                        instant(rs, "recorded_at"),
                        rs.getString("recorded_by"),
                        (Integer) rs.getObject("ref"),
                        (Integer) rs.getObject("days"),
                        rs.getObject("until_date", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("code")))
                .list();
    }

    void append(long requestId, TimelineEntry e, Instant at, String by) {
        jdbc.sql(
                        "insert into request_event (request_id, kind, on_date, recorded_at, recorded_by, ref, days, until_date, "
                                + "note, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        requestId,
                        e.kind().name(),
                        date(e.on()),
                        utc(at),
                        by,
                        e.ref(),
                        e.days(),
                        date(e.until()),
                        e.note(),
                        e.code())
                .update();
    }

    /** What a move changes besides the state: the columns the lists and the annual report read. */
    record Changes(
            LocalDate receivedOn,
            String caseNumber,
            LocalDate dueOn,
            DueKind dueKind,
            Long handlerId,
            Long organizationId,
            ReplyOutcome outcome,
            WithholdingGround ground,
            String outcomeReason,
            LocalDate concludedOn,
            LocalDate replyDue) {

        static Changes due(RequestClock.Reading reading) {
            return new Changes(
                    null,
                    null,
                    reading.dueOn(),
                    reading.dueKind(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    reading.replyDue());
        }

        Changes concluded(ReplyOutcome result, WithholdingGround withholding, String why, LocalDate on) {
            return new Changes(
                    receivedOn,
                    caseNumber,
                    dueOn,
                    dueKind,
                    handlerId,
                    organizationId,
                    result,
                    withholding,
                    why,
                    on,
                    replyDue);
        }

        Changes transferredTo(long unit) {
            return new Changes(
                    receivedOn,
                    caseNumber,
                    dueOn,
                    dueKind,
                    handlerId,
                    unit,
                    outcome,
                    ground,
                    outcomeReason,
                    concludedOn,
                    replyDue);
        }

        Changes receivedOn(LocalDate day, String number) {
            return new Changes(
                    day,
                    number,
                    dueOn,
                    dueKind,
                    handlerId,
                    organizationId,
                    outcome,
                    ground,
                    outcomeReason,
                    concludedOn,
                    replyDue);
        }
    }

    /**
     * Writes a move guarded by the state and version the case was read in; false when someone else moved it first.
     * The due date is written as computed (null when nothing is due, e.g. once concluded).
     */
    boolean move(RequestCase c, RequestMove move, Changes changes) {
        move.check(c.status());
        List<String> sets = new ArrayList<>(List.of("status = ?", "due_on = ?", "due_kind = ?"));
        List<Object> params = new ArrayList<>();
        RequestStatus to = move.to(c.status());
        params.add(to.name());
        params.add(to.isOpen() ? date(changes.dueOn()) : null);
        params.add(to.isOpen() && changes.dueKind() != null ? changes.dueKind().name() : null);
        if (changes.receivedOn() != null) {
            sets.add("received_on = ?");
            params.add(date(changes.receivedOn()));
        }
        if (changes.caseNumber() != null) {
            sets.add("case_number = ?");
            params.add(changes.caseNumber());
        }
        if (changes.handlerId() != null) {
            sets.add("handler_id = ?");
            params.add(changes.handlerId());
        }
        if (changes.organizationId() != null) {
            sets.add("organization_id = ?");
            params.add(changes.organizationId());
        }
        if (changes.outcome() != null) {
            sets.add("outcome = ?");
            params.add(changes.outcome().name());
            sets.add("withholding_ground = ?");
            params.add(changes.ground() == null ? null : changes.ground().name());
            sets.add("outcome_reason = ?");
            params.add(changes.outcomeReason());
        }
        if (changes.concludedOn() != null) {
            sets.add("concluded_on = ?");
            params.add(date(changes.concludedOn()));
            // the reply period's last day as it stood when the case ended: whether it ended in time, for good
            sets.add("reply_due_on = ?");
            params.add(date(changes.replyDue()));
        }
        sets.add("lock_version = lock_version + 1");
        params.add(c.id());
        params.add(c.status().name());
        params.add(c.version());
        return jdbc.sql("update information_request set " + String.join(", ", sets)
                                + " where id = ? and status = ? and lock_version = ?")
                        .params(params)
                        .update()
                == 1;
    }

    /** Sets a migrated case, inserted in the same transaction, to where its replayed steps left it. */
    boolean migrated(
            RequestCase c,
            RequestStatus status,
            LocalDate receivedOn,
            String caseNumber,
            RequestClock.Reading reading,
            ReplyOutcome outcome,
            ReplyDraft reply,
            LocalDate concludedOn) {
        return jdbc.sql("update information_request set status = ?, received_on = ?, case_number = ?, due_on = ?, "
                                + "due_kind = ?, outcome = ?, withholding_ground = ?, outcome_reason = ?, concluded_on = ?, "
                                + "reply_due_on = ?, lock_version = lock_version + 1 "
                                + "where id = ? and status = ? and lock_version = ?")
                        .params(
                                status.name(),
                                date(receivedOn),
                                caseNumber,
                                status.isOpen() ? date(reading.dueOn()) : null,
                                status.isOpen() && reading.dueKind() != null
                                        ? reading.dueKind().name()
                                        : null,
                                outcome == null ? null : outcome.name(),
                                reply == null || reply.ground() == null
                                        ? null
                                        : reply.ground().name(),
                                reply == null ? null : reply.reason(),
                                date(concludedOn),
                                concludedOn == null ? null : date(reading.replyDue()),
                                c.id(),
                                c.status().name(),
                                c.version())
                        .update()
                == 1;
    }

    /**
     * The next 登记编号 of the unit for the year. The year's row is created in a transaction of its own (so two first
     * numbers of a year never collide on insert), then taken with a row lock held until the caller commits.
     */
    String nextCaseNumber(long organizationId, LocalDate received) {
        int year = received.getYear();
        return year + "-" + String.format("%04d", nextNumber(organizationId, year));
    }

    private int nextNumber(long organizationId, int year) {
        separately.executeWithoutResult(status -> {
            boolean exists =
                    jdbc.sql("select count(*) from request_sequence where organization_id = ? and seq_year = ?")
                                    .params(organizationId, year)
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (!exists) {
                try {
                    jdbc.sql("insert into request_sequence (organization_id, seq_year, last_number) values (?, ?, 0)")
                            .params(organizationId, year)
                            .update();
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    status.setRollbackOnly(); // created by another request meanwhile
                }
            }
        });
        jdbc.sql("update request_sequence set last_number = last_number + 1 where organization_id = ? and seq_year = ?")
                .params(organizationId, year)
                .update();
        return jdbc.sql("select last_number from request_sequence where organization_id = ? and seq_year = ?")
                .params(organizationId, year)
                .query(Integer.class)
                .single();
    }

    /** The reply of a case as stored: the draft, who approved it, and when and how it went out. */
    record StoredReply(
            ReplyDraft draft,
            String draftedBy,
            Instant draftedAt,
            String approvedBy,
            Instant approvedAt,
            LocalDate sentOn,
            ObtainWay sentWay,
            LocalDate deliveredOn,
            String deliveryProof) {}

    Optional<StoredReply> reply(long requestId) {
        return jdbc.sql(
                        "select outcome, withholding_ground, reason, provided, responsible_agency, responsible_contact, "
                                + "drafted_by, drafted_at, approved_by, approved_at, sent_on, sent_way, delivered_on, delivery_proof "
                                + "from request_reply where request_id = ?")
                .param(requestId)
                .query((rs, n) -> new StoredReply(
                        new ReplyDraft(
                                ReplyOutcome.valueOf(rs.getString("outcome")),
                                enumOrNull(WithholdingGround.class, rs.getString("withholding_ground")),
                                rs.getString("reason"),
                                rs.getString("provided"),
                                rs.getString("responsible_agency"),
                                rs.getString("responsible_contact")),
                        rs.getString("drafted_by"),
                        instant(rs, "drafted_at"),
                        rs.getString("approved_by"),
                        instant(rs, "approved_at"),
                        rs.getObject("sent_on", LocalDate.class),
                        enumOrNull(ObtainWay.class, rs.getString("sent_way")),
                        rs.getObject("delivered_on", LocalDate.class),
                        rs.getString("delivery_proof")))
                .optional();
    }

    /** The handler's draft, replacing a returned one; approval and sending are cleared with it. */
    void draftReply(long requestId, ReplyDraft d, String by, Instant at) {
        jdbc.sql("delete from request_reply where request_id = ?")
                .param(requestId)
                .update();
        jdbc.sql(
                        "insert into request_reply (request_id, outcome, withholding_ground, reason, provided, "
                                + "responsible_agency, responsible_contact, drafted_by, drafted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        requestId,
                        d.outcome().name(),
                        d.ground() == null ? null : d.ground().name(),
                        d.reason(),
                        d.provided(),
                        d.responsibleAgency(),
                        d.responsibleContact(),
                        by,
                        utc(at))
                .update();
    }

    void approveReply(long requestId, String by, Instant at) {
        jdbc.sql("update request_reply set approved_by = ?, approved_at = ?, lock_version = lock_version + 1 "
                        + "where request_id = ?")
                .params(by, utc(at), requestId)
                .update();
    }

    void replySent(long requestId, LocalDate on, ObtainWay way) {
        jdbc.sql(
                        "update request_reply set sent_on = ?, sent_way = ?, lock_version = lock_version + 1 where request_id = ?")
                .params(date(on), way.name(), requestId)
                .update();
    }

    void replyDelivered(long requestId, LocalDate on, String proof) {
        jdbc.sql("update request_reply set delivered_on = ?, delivery_proof = ?, lock_version = lock_version + 1 "
                        + "where request_id = ?")
                .params(date(on), proof, requestId)
                .update();
    }

    Optional<FeeNotice> fee(long requestId) {
        return jdbc.sql(
                        "select method, units, earlier_units, amount, notified_on, payment_due, paid_on, payment_reference, "
                                + "waived_reason, waived_by, lapsed_on from request_fee where request_id = ?")
                .param(requestId)
                .query((rs, n) -> new FeeNotice(
                        ProcessingFee.Method.valueOf(rs.getString("method")),
                        rs.getInt("units"),
                        rs.getInt("earlier_units"),
                        rs.getLong("amount"),
                        rs.getObject("notified_on", LocalDate.class),
                        rs.getObject("payment_due", LocalDate.class),
                        rs.getObject("paid_on", LocalDate.class),
                        rs.getString("payment_reference"),
                        rs.getString("waived_reason"),
                        rs.getString("waived_by"),
                        rs.getObject("lapsed_on", LocalDate.class)))
                .optional();
    }

    void insertFee(long requestId, FeeNotice f) {
        jdbc.sql("insert into request_fee (request_id, method, units, earlier_units, amount, notified_on, payment_due) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        requestId,
                        f.method().name(),
                        f.units(),
                        f.earlierUnits(),
                        f.amount(),
                        date(f.notifiedOn()),
                        date(f.paymentDue()))
                .update();
    }

    void feePaid(long requestId, LocalDate on, String reference) {
        jdbc.sql("update request_fee set paid_on = ?, payment_reference = ? where request_id = ?")
                .params(date(on), reference, requestId)
                .update();
    }

    void feeWaived(long requestId, String reason, String by) {
        jdbc.sql("update request_fee set waived_reason = ?, waived_by = ? where request_id = ?")
                .params(reason, by, requestId)
                .update();
    }

    void feeLapsed(long requestId, LocalDate on) {
        jdbc.sql("update request_fee set lapsed_on = ? where request_id = ?")
                .params(date(on), requestId)
                .update();
    }

    /**
     * Items the same applicant (same identity document) asked for earlier in the calendar month of this case's receipt
     * (第四条: cumulative per applicant per 自然月).
     */
    int itemsEarlierInMonth(long requestId) {
        return jdbc.sql("select count(*) from request_item i join information_request r on r.id = i.request_id "
                        + "join information_request me on me.id = ? "
                        + "where r.id_lookup = me.id_lookup and r.id <> me.id and r.received_on is not null "
                        + "and r.received_on >= ? and (r.received_on < me.received_on "
                        + "or (r.received_on = me.received_on and r.id < me.id))")
                .params(requestId, date(monthStart(requestId)))
                .query(Integer.class)
                .single();
    }

    private LocalDate monthStart(long requestId) {
        LocalDate received = jdbc.sql("select received_on from information_request where id = ?")
                .param(requestId)
                .query(LocalDate.class)
                .single();
        return received.withDayOfMonth(1);
    }

    int itemCount(long requestId) {
        return jdbc.sql("select count(*) from request_item where request_id = ?")
                .param(requestId)
                .query(Integer.class)
                .single();
    }

    /**
     * 第三十六条第（六）项: the same applicant (same identity document) already answered by this unit for the same
     * information — an item with the same 文号, or the same name.
     */
    List<EarlierCase> earlierAnswered(long requestId) {
        return jdbc.sql(
                        "select distinct r.id, r.case_number, r.concluded_on, r.outcome, coalesce(i.title, i.document_number) "
                                + "from information_request me join request_item mi on mi.request_id = me.id "
                                + "join information_request r on r.id_lookup = me.id_lookup and r.organization_id = me.organization_id "
                                + "and r.id <> me.id and r.status in ('CONCLUDED', 'ARCHIVED') "
                                + "and r.outcome in ('DISCLOSED', 'PARTIALLY_DISCLOSED', 'WITHHELD', 'UNAVAILABLE_NOT_HELD', "
                                + "'UNAVAILABLE_REQUIRES_CREATION') "
                                + "join request_item i on i.request_id = r.id and ((i.document_number is not null "
                                + "and i.document_number = mi.document_number) or (i.title is not null and i.title = mi.title)) "
                                + "where me.id = ? order by r.concluded_on desc")
                .param(requestId)
                .query((rs, n) -> new EarlierCase(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        ReplyOutcome.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    /**
     * A page of open cases in the units, the most urgent first: by what is due, and an application not yet confirmed
     * by the day it was submitted (it should be confirmed that day, 第三十一条).
     */
    private static final String OPEN_STATUSES = java.util.Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::isOpen)
            .map(st -> "'" + st.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    List<RequestCase> open(Collection<Long> organizationIds, boolean all, int limit) {
        String where = all ? "" : " and organization_id in (" + marks(organizationIds.size()) + ")";
        List<Object> params = new ArrayList<>();
        if (!all) {
            params.addAll(organizationIds);
        }
        params.add(limit);
        // the open statuses named (not "not in" the closed ones): PostgreSQL then reads only the unit's open cases
        // through (organization_id, status, due_on), instead of all its cases of every year (bench/requests.sh)
        return jdbc.sql("select " + CASE + " from information_request where status in (" + OPEN_STATUSES + ")" + where
                        + " order by coalesce(due_on, cast(submitted_at as date)), id limit ?")
                .params(params)
                .query(RequestRepository::row)
                .list();
    }

    private static RequestCase row(ResultSet rs, int n) throws SQLException {
        return new RequestCase(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("tracking_code"),
                rs.getString("case_number"),
                IntakeChannel.valueOf(rs.getString("channel")),
                RequestStatus.valueOf(rs.getString("status")),
                ApplicantKind.valueOf(rs.getString("applicant_kind")),
                rs.getString("applicant_name"),
                rs.getString("contact_person"),
                IdDocumentType.valueOf(rs.getString("id_type")),
                rs.getString("phone_last4"),
                ProvisionForm.valueOf(rs.getString("provision_form")),
                ObtainWay.valueOf(rs.getString("obtain_way")),
                instant(rs, "submitted_at"),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                enumOrNull(DueKind.class, rs.getString("due_kind")),
                (Long) rs.getObject("handler_id", Long.class),
                enumOrNull(ReplyOutcome.class, rs.getString("outcome")),
                enumOrNull(WithholdingGround.class, rs.getString("withholding_ground")),
                rs.getString("outcome_reason"),
                rs.getObject("concluded_on", LocalDate.class),
                rs.getString("created_by"),
                rs.getInt("lock_version"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(n, 1), "?"));
    }
}
