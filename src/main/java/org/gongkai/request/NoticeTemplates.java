package org.gongkai.request;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters' wording as the supervising office edits it (issue 11 §5): an office (SUPERVISOR of a unit) rewrites a
 * paragraph for that unit and every unit under it; a unit's letters take the nearest text up its chain, else the
 * default. A rewritten paragraph keeps the placeholders that carry the case's facts and the remedies
 * ({@link NoticeTemplate#problems}); every change is audited and guarded by the version read.
 */
@Service
public class NoticeTemplates {

    private static final int MAX_DEPTH = 12;

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeTemplates(
            JdbcClient jdbc, OrganizationDirectory directory, AccessControl access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** One paragraph as the editing page shows it for an office. */
    public record Entry(
            NoticeTemplate template,
            String ownText,
            Integer version,
            String inheritedText,
            String inheritedFrom,
            String updatedBy,
            Instant updatedAt) {

        /** What the office's units' letters use now. */
        public String effectiveText() {
            return ownText != null ? ownText : inheritedText != null ? inheritedText : template.defaultText();
        }
    }

    private record Row(long organizationId, NoticeTemplate template, String text, int version, String by, Instant at) {}

    /** The wording of a unit's letters: for each paragraph the nearest office's text, else the default. */
    @Transactional(readOnly = true)
    NoticeWording wording(long organizationId) {
        List<Long> chain = chain(organizationId);
        Map<NoticeTemplate, String> texts = new EnumMap<>(NoticeTemplate.class);
        Map<NoticeTemplate, Integer> depth = new HashMap<>();
        for (Row r : rows(chain)) {
            int d = chain.indexOf(r.organizationId());
            if (!depth.containsKey(r.template()) || d < depth.get(r.template())) {
                depth.put(r.template(), d);
                texts.put(r.template(), r.text());
            }
        }
        return new NoticeWording(texts);
    }

    /** The offices (units) the current staff member may set the wording for. */
    @Transactional(readOnly = true)
    public List<Organization> offices() {
        var scope = access.scope(List.of(Role.SUPERVISOR));
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> scope.covers(o.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Entry> forEditing(long organizationId) {
        access.require(Role.SUPERVISOR, organizationId, "REQUEST_TEMPLATE_READ");
        List<Long> chain = chain(organizationId);
        Map<NoticeTemplate, Row> own = new EnumMap<>(NoticeTemplate.class);
        Map<NoticeTemplate, Row> inherited = new EnumMap<>(NoticeTemplate.class);
        for (Row r : rows(chain)) {
            if (r.organizationId() == organizationId) {
                own.put(r.template(), r);
            } else {
                Row before = inherited.get(r.template());
                if (before == null || chain.indexOf(r.organizationId()) < chain.indexOf(before.organizationId())) {
                    inherited.put(r.template(), r);
                }
            }
        }
        Map<Long, String> names = directory.names();
        List<Entry> entries = new ArrayList<>();
        for (NoticeTemplate t : NoticeTemplate.values()) {
            Row o = own.get(t);
            Row i = inherited.get(t);
            entries.add(new Entry(
                    t,
                    o == null ? null : o.text(),
                    o == null ? null : o.version(),
                    i == null ? null : i.text(),
                    i == null ? null : names.get(i.organizationId()),
                    o == null ? null : o.by(),
                    o == null ? null : o.at()));
        }
        return entries;
    }

    /**
     * Saves the office's text of one paragraph; {@code version} is the one read (null when the office had no text of
     * its own), so two people editing at once do not overwrite each other unseen.
     */
    @Transactional
    public void save(long organizationId, NoticeTemplate template, String text, Integer version) {
        access.require(Role.SUPERVISOR, organizationId, "REQUEST_TEMPLATE_SAVE");
        if (template == null) {
            throw new NotFound("没有这一段文书模板。");
        }
        String clean = text == null ? null : text.strip().replace("\r\n", "\n");
        List<String> problems = template.problems(clean);
        if (!problems.isEmpty()) {
            throw new RuleViolation(template.name(), String.join(" ", problems));
        }
        Instant now = clock.instant();
        String by = Actors.currentName();
        boolean saved;
        if (version == null) {
            try {
                saved = jdbc.sql(
                                        "insert into notice_template (organization_id, template_key, text, updated_at, updated_by) "
                                                + "values (?, ?, ?, ?, ?)")
                                .params(organizationId, template.name(), clean, utc(now), by)
                                .update()
                        == 1;
            } catch (DuplicateKeyException e) {
                saved = false;
            }
        } else {
            saved = jdbc.sql(
                                    "update notice_template set text = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                            + "where organization_id = ? and template_key = ? and version = ?")
                            .params(clean, utc(now), by, organizationId, template.name(), version)
                            .update()
                    == 1;
        }
        if (!saved) {
            throw new RuleViolation(template.name(), "“" + template.label() + "”已被他人修改，请刷新页面后重新编辑。");
        }
        audit.record("REQUEST_TEMPLATE_SAVE", "organization:" + organizationId, Outcome.SUCCESS, template.label());
    }

    /** Drops the office's own text: its units' letters take the inherited or default text again. */
    @Transactional
    public void reset(long organizationId, NoticeTemplate template) {
        access.require(Role.SUPERVISOR, organizationId, "REQUEST_TEMPLATE_RESET");
        int removed = jdbc.sql("delete from notice_template where organization_id = ? and template_key = ?")
                .params(organizationId, template.name())
                .update();
        if (removed == 0) {
            throw new RuleViolation(template.name(), "“" + template.label() + "”本来就是默认文字。");
        }
        audit.record("REQUEST_TEMPLATE_RESET", "organization:" + organizationId, Outcome.SUCCESS, template.label());
    }

    private List<Row> rows(List<Long> chain) {
        if (chain.isEmpty()) {
            return List.of();
        }
        String in = chain.stream().map(x -> "?").collect(Collectors.joining(", "));
        return jdbc
                .sql("select organization_id, template_key, text, version, updated_by, updated_at from notice_template "
                        + "where organization_id in (" + in + ")")
                .params(chain.toArray())
                .query((rs, n) -> {
                    NoticeTemplate t;
                    try {
                        t = NoticeTemplate.valueOf(rs.getString("template_key"));
                    } catch (IllegalArgumentException retired) {
                        return null;
                    }
                    return new Row(
                            rs.getLong("organization_id"),
                            t,
                            rs.getString("text"),
                            rs.getInt("version"),
                            rs.getString("updated_by"),
                            instant(rs, "updated_at"));
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The unit and its ancestors, nearest first. */
    private List<Long> chain(long organizationId) {
        List<Long> chain = new ArrayList<>();
        Long at = organizationId;
        while (at != null && chain.size() < MAX_DEPTH && !chain.contains(at)) {
            chain.add(at);
            at = directory.find(at).map(Organization::parentId).orElse(null);
        }
        return chain;
    }
}
