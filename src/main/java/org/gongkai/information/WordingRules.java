package org.gongkai.information;

import java.time.Clock;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 错敏词库: the supervising office keeps the list of erroneous and sensitive wording every record is scanned for.
 * The list is county-wide, so editing it needs the SUPERVISOR grant over the county's top organization (the
 * county government), not a supervisor grant over some unit (issue 9 §10).
 */
@Service
public class WordingRules {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final OrganizationDirectory directory;

    WordingRules(
            JdbcClient jdbc, AccessControl access, AuditTrail audit, Clock clock, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WordingRule> rules() {
        return jdbc.sql("select id, phrase, replacement, kind, note from wording_rule order by kind, phrase")
                .query((rs, n) -> new WordingRule(
                        rs.getLong("id"),
                        rs.getString("phrase"),
                        rs.getString("replacement"),
                        WordingRule.Kind.valueOf(rs.getString("kind")),
                        rs.getString("note")))
                .list();
    }

    public boolean canManage() {
        return directory
                .root()
                .map(root -> access.can(Role.SUPERVISOR, root.id()))
                .orElse(false);
    }

    private void requireManager(String action) {
        Long root = directory.root().map(Organization::id).orElse(null);
        if (root == null) {
            access.deny(action, "wording-rules");
        }
        access.require(Role.SUPERVISOR, root, action);
    }

    @Transactional
    public void add(String phrase, String replacement, WordingRule.Kind kind, String note) {
        requireManager("WORDING_RULE_CREATE");
        String cleanPhrase = Texts.clean(phrase);
        if (cleanPhrase == null || cleanPhrase.length() > 100) {
            throw new RuleViolation("phrase", "请填写要检查的词语（不超过 100 字）。");
        }
        if (kind == null) {
            throw new RuleViolation("kind", "请选择类别：错误表述、严重表述错误或敏感表述。");
        }
        String cleanReplacement = Texts.clean(replacement);
        if (kind.wrong() && cleanReplacement == null) {
            throw new RuleViolation("replacement", kind.label() + "需要填写正确的写法，以便编辑一键更正。");
        }
        if (cleanReplacement != null && (cleanReplacement.length() > 100 || cleanReplacement.contains(cleanPhrase))) {
            throw new RuleViolation("replacement", "正确写法不能超过 100 字，也不能包含要检查的词语本身。");
        }
        String cleanNote = Texts.clean(note);
        if (cleanNote != null && cleanNote.length() > 300) {
            throw new RuleViolation("note", "说明不能超过 300 字。");
        }
        try {
            jdbc.sql(
                            "insert into wording_rule (phrase, replacement, kind, note, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            cleanPhrase,
                            cleanReplacement,
                            kind.name(),
                            cleanNote,
                            Actors.currentName(),
                            org.gongkai.shared.SqlTimes.utc(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("phrase", "词库中已有“" + cleanPhrase + "”。");
        }
        audit.record("WORDING_RULE_CREATE", "wording-rule:" + cleanPhrase, Outcome.SUCCESS, kind.label());
    }

    @Transactional
    public void remove(long id) {
        requireManager("WORDING_RULE_REMOVE");
        String phrase = jdbc.sql("select phrase from wording_rule where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new RuleViolation("该词语不存在或已被删除。"));
        jdbc.sql("delete from wording_rule where id = ?").param(id).update();
        audit.record("WORDING_RULE_REMOVE", "wording-rule:" + phrase, Outcome.SUCCESS, null);
    }
}
