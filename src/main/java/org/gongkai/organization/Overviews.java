package org.gongkai.organization;

import java.util.List;
import java.util.Optional;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 概况信息 (issue 14 §3): a unit's overview of its area and government (县情概况, 乡镇概况), plain text in paragraphs, kept
 * by those who keep its functions and leaders; audited and changed only as shown. Blank removes it (and the column
 * with it: no empty column).
 */
@Service
public class Overviews {

    public static final int MAX_LENGTH = 4000;

    /** A unit's overview and the version it was read at. */
    public record Overview(long organizationId, String text, int version) {

        /** The text's paragraphs, blank lines dropped. */
        public List<String> paragraphs() {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Overviews(JdbcClient jdbc, AccessControl access, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** The unit's overview, if it has one; public information. */
    @Transactional(readOnly = true)
    public Optional<Overview> of(long organizationId) {
        return jdbc.sql(
                        "select organization_id, overview, version from organization_overview where organization_id = ?")
                .param(organizationId)
                .query((rs, n) -> new Overview(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    /** Sets the overview as it was shown ({@code version} null when there was none); blank removes it. */
    @Transactional
    public void save(long organizationId, String text, Integer version) {
        access.requireAny(CountyAdministration.CONTACT_EDITORS, organizationId, "ORGANIZATION_OVERVIEW_SAVE");
        String t = text == null
                ? ""
                : text.replace("\r\n", "\n")
                        .replaceAll("[\\p{Cntrl}&&[^\n]]", "")
                        .strip();
        if (t.length() > MAX_LENGTH) {
            throw new RuleViolation("overview", "概况信息最多 " + MAX_LENGTH + " 字，请精简后再保存。");
        }
        Optional<Overview> current = of(organizationId);
        int expected = version == null ? -1 : version;
        boolean done;
        if (current.isEmpty()) {
            done = version == null
                    && (t.isEmpty()
                            || jdbc.sql("insert into organization_overview (organization_id, overview, version) "
                                                    + "values (?, ?, 0)")
                                            .params(organizationId, t)
                                            .update()
                                    == 1);
        } else if (t.isEmpty()) {
            done = jdbc.sql("delete from organization_overview where organization_id = ? and version = ?")
                            .params(organizationId, expected)
                            .update()
                    == 1;
        } else {
            done = jdbc.sql("update organization_overview set overview = ?, version = version + 1 "
                                    + "where organization_id = ? and version = ?")
                            .params(t, organizationId, expected)
                            .update()
                    == 1;
        }
        if (!done) {
            throw new RuleViolation("概况信息已被他人修改，请刷新页面后重新编辑。");
        }
        audit.record(
                "ORGANIZATION_OVERVIEW_SAVE",
                "organization:" + organizationId,
                Outcome.SUCCESS,
                t.isEmpty() ? "删除概况信息" : "保存概况信息（" + t.length() + " 字）");
        events.publishEvent(new DirectoryChanged.OrganizationContactsUpdated(organizationId));
    }
}
