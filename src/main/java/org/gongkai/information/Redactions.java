package org.gongkai.information;

import static org.gongkai.information.InformationEditing.target;
import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redaction of a published revision (issue 9 §15): a correction publishes a new revision, but the earlier ones stay
 * public, personal information included. A signer of the unit proposes to redact a revision, with the reason; a
 * secrecy reviewer or another signer of the unit — never the proposer — applies or rejects it. Applying masks the
 * personal information of the revision's title, summary and body, and the words the proposal names (a name, an
 * address: what the scanner cannot know), withdraws the files the proposal names from the
 * public in every revision that carries them (a file cannot be masked online; the scanner cannot read a scanned
 * image, so the signer names them), marks the revision so the public page says 本版本部分内容已依法处理, and
 * updates the search index and the read model. Every step is audited.
 */
@Service
public class Redactions {

    public enum Status {
        PROPOSED("待审核"),
        APPLIED("已处理"),
        REJECTED("未通过");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Redaction(
            long id,
            long recordId,
            int revision,
            String reason,
            Status status,
            String proposedBy,
            Instant proposedAt,
            String decidedBy,
            Instant decidedAt,
            String comment,
            List<String> withheldFiles,
            List<String> phrases,
            int version) {

        /**
         * Applies the proposal: only while it is proposed, and never by the one who proposed it (the proposer and the
         * reviewer are different people). Returns the decided redaction, one version on.
         */
        Redaction apply(String decider, Instant at) {
            return decided(Status.APPLIED, decider, at, null);
        }

        /** Rejects the proposal with the reviewer's opinion; the same guards as {@link #apply}. */
        Redaction reject(String decider, String opinion, Instant at) {
            if (opinion == null || opinion.length() > 2000) {
                throw new RuleViolation("comment", "不同意时请写明意见（不超过 2000 字）。");
            }
            return decided(Status.REJECTED, decider, at, opinion);
        }

        private Redaction decided(Status to, String decider, Instant at, String opinion) {
            if (status != Status.PROPOSED) {
                throw new RuleViolation("该处理申请已被他人处理，请刷新页面。");
            }
            if (Objects.equals(proposedBy, decider)) {
                throw new RuleViolation("您提出了这项处理，不能再审核它（提出和审核须由不同人员担任）。");
            }
            return new Redaction(
                    id,
                    recordId,
                    revision,
                    reason,
                    to,
                    proposedBy,
                    proposedAt,
                    decider,
                    at,
                    opinion,
                    withheldFiles,
                    phrases,
                    version + 1);
        }
    }

    /** At most this many words to mask in one proposal, each of 2 to 100 characters. */
    static final int MAX_PHRASES = 20;

    /** A published revision, how much personal information its texts still hold, and its files. */
    public record RevisionFindings(int revision, int findings, boolean redacted, List<RevisionFile> files) {}

    /** A file of a published revision: the personal information found in its text, and whether it is withheld. */
    public record RevisionFile(long attachmentId, String fileName, int findings, boolean withheld) {}

    private final JdbcClient jdbc;
    private final InformationEditing editing;
    private final AccessControl access;
    private final AuditTrail audit;
    private final PublicChanges publicChanges;
    private final Clock clock;

    Redactions(
            JdbcClient jdbc,
            InformationEditing editing,
            AccessControl access,
            AuditTrail audit,
            PublicChanges publicChanges,
            Clock clock) {
        this.jdbc = jdbc;
        this.editing = editing;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Redaction> of(long recordId) {
        editing.record(recordId);
        return proposals(recordId);
    }

    /** The proposals of a record the caller has already been allowed to read. */
    List<Redaction> proposals(long recordId) {
        return jdbc.sql(SELECT + "where record_id = ? order by id desc")
                .param(recordId)
                .query(this::redaction)
                .list();
    }

    /** The published revisions with the personal information the scanner still finds in them. */
    @Transactional(readOnly = true)
    public List<RevisionFindings> revisions(long recordId) {
        editing.record(recordId);
        return revisionFindings(recordId);
    }

    /** The revisions' findings of a record the caller has already been allowed to read. */
    List<RevisionFindings> revisionFindings(long recordId) {
        java.util.Map<Integer, List<RevisionFile>> files = new java.util.HashMap<>();
        java.util.Map<Long, RevisionFile> scanned = new java.util.HashMap<>();
        jdbc.sql("select v.revision_number, a.id, a.file_name, a.extracted_text, a.withheld_at "
                        + "from information_revision_attachment ra join information_revision v on v.id = ra.revision_id "
                        + "join information_attachment a on a.id = ra.attachment_id where v.record_id = ? "
                        + "order by v.revision_number, ra.sort_order")
                .param(recordId)
                .query((java.sql.ResultSet rs) -> {
                    RevisionFile file = scanned.computeIfAbsent(rs.getLong(2), id -> {
                        try {
                            return new RevisionFile(
                                    id, rs.getString(3), findings(rs.getString(4)), rs.getObject(5) != null);
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    files.computeIfAbsent(rs.getInt(1), k -> new java.util.ArrayList<>())
                            .add(file);
                });
        return jdbc.sql("select revision_number, title, summary, body_text, redacted_at from information_revision "
                        + "where record_id = ? order by revision_number")
                .param(recordId)
                .query((rs, n) -> new RevisionFindings(
                        rs.getInt(1),
                        findings(rs.getString(2)) + findings(rs.getString(3)) + findings(rs.getString(4)),
                        rs.getTimestamp(5) != null,
                        files.getOrDefault(rs.getInt(1), List.of())))
                .list();
    }

    /** The files of the published revisions that a redaction may still withdraw, each once. */
    public static List<RevisionFile> withholdable(List<RevisionFindings> revisions) {
        java.util.Map<Long, RevisionFile> files = new java.util.LinkedHashMap<>();
        revisions.forEach(v ->
                v.files().stream().filter(f -> !f.withheld()).forEach(f -> files.putIfAbsent(f.attachmentId(), f)));
        return List.copyOf(files.values());
    }

    public boolean canPropose(long organizationId) {
        return access.can(Role.SIGNER, organizationId);
    }

    public boolean canDecide(long organizationId) {
        return access.canAny(EnumSet.of(Role.SIGNER, Role.SECRECY_REVIEWER), organizationId);
    }

    /**
     * Proposes to redact a revision: its texts are masked where the scanner finds personal information, and the named
     * files (of any published revision of the record) are withdrawn from the public.
     */
    @Transactional
    public long propose(long recordId, int revision, String reason, List<Long> withheldFiles, String phrasesText) {
        GovernmentInformation r = editing.find(recordId);
        access.require(Role.SIGNER, r.organizationId(), "INFORMATION_REDACTION_PROPOSE");
        String why = Texts.clean(reason);
        if (why == null || why.length() < 4 || why.length() > 2000) {
            throw new RuleViolation("reason", "请写明依法处理的理由（4 到 2000 字），例如“第 1 版含有申请人身份证号码”。");
        }
        List<RevisionFindings> revisions = revisions(recordId);
        RevisionFindings found = revisions.stream()
                .filter(v -> v.revision() == revision)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("revision", "该信息没有第 " + revision + " 版。"));
        java.util.Set<Long> files = new java.util.LinkedHashSet<>(withheldFiles == null ? List.of() : withheldFiles);
        java.util.Map<Long, RevisionFile> published = new java.util.HashMap<>();
        revisions.forEach(v -> v.files().forEach(f -> published.put(f.attachmentId(), f)));
        for (Long file : files) {
            RevisionFile f = published.get(file);
            if (f == null) {
                throw new RuleViolation("attachments", "所选附件不属于该信息的已发布版本，请刷新页面后重新选择。");
            }
            if (f.withheld()) {
                throw new RuleViolation("attachments", "附件“" + f.fileName() + "”已撤下，无需再处理。");
            }
        }
        List<String> phrases = phrases(phrasesText);
        var texts = jdbc.sql(
                        "select title, summary, body_html, body_text from information_revision where record_id = ? "
                                + "and revision_number = ?")
                .params(recordId, revision)
                .query()
                .singleRow();
        for (String phrase : phrases) {
            boolean inTitle = contains(texts.get("title"), phrase);
            boolean inSummary = contains(texts.get("summary"), phrase);
            boolean inBody = contains(texts.get("body_text"), phrase);
            if (!inTitle && !inSummary && !inBody) {
                throw new RuleViolation("phrases", "“" + phrase + "”不在第 " + revision + " 版的标题、概述或正文中，请核对后重新填写。");
            }
            if (inBody && RichText.replaceText((String) texts.get("body_html"), phrase, "＊") == null) {
                throw new RuleViolation("phrases", "“" + phrase + "”在正文中被格式分隔，无法遮盖：请只填写其中连续的一段。");
            }
        }
        if (found.findings() == 0 && files.isEmpty() && phrases.isEmpty()) {
            throw new RuleViolation(
                    "revision",
                    "第 " + revision + " 版的标题、概述和正文中没有发现个人信息；"
                            + "如含有系统无法识别的个人信息（如姓名、住址），请填写要遮盖的内容；附件含有个人信息的，请勾选要撤下的附件。");
        }
        if (jdbc.sql(
                                "select count(*) from information_redaction where record_id = ? and revision_number = ? and status = 'PROPOSED'")
                        .params(recordId, revision)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new RuleViolation("revision", "第 " + revision + " 版已有待审核的处理申请。");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into information_redaction (record_id, revision_number, reason, status, proposed_by, proposed_at, "
                                + "phrases) values (?, ?, ?, 'PROPOSED', ?, ?, ?)")
                .params(
                        recordId,
                        revision,
                        why,
                        Actors.currentName(),
                        utc(clock.instant()),
                        phrases.isEmpty() ? null : String.join("\n", phrases))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long file : files) {
            jdbc.sql("insert into information_redaction_attachment (redaction_id, attachment_id) values (?, ?)")
                    .params(id, file)
                    .update();
        }
        audit.record(
                "INFORMATION_REDACTION_PROPOSE",
                target(recordId),
                Outcome.SUCCESS,
                "第 " + revision + " 版：" + why
                        + (files.isEmpty() ? "" : "；撤下附件 " + files.size() + " 个")
                        + (phrases.isEmpty() ? "" : "；另遮盖 " + phrases.size() + " 处指定内容"));
        return id;
    }

    @Transactional
    public void decide(long redactionId, boolean apply, String comment) {
        Redaction d = jdbc.sql(SELECT + "where id = ?")
                .param(redactionId)
                .query(this::redaction)
                .optional()
                .orElseThrow(() -> new RuleViolation("该处理申请不存在。"));
        GovernmentInformation r = editing.find(d.recordId());
        if (!canDecide(r.organizationId())) {
            access.deny("INFORMATION_REDACTION_DECIDE", target(r.id()));
        }
        Instant now = clock.instant();
        String clean = Texts.clean(comment);
        Redaction decided = apply ? d.apply(Actors.currentName(), now) : d.reject(Actors.currentName(), clean, now);
        save(d, decided);
        if (apply) {
            var v = jdbc.sql(
                            "select title, summary, body_html from information_revision where record_id = ? and revision_number = ?")
                    .params(d.recordId(), d.revision())
                    .query()
                    .singleRow();
            String body = maskHtml((String) v.get("body_html"), d.phrases());
            jdbc.sql(
                            "update information_revision set title = ?, summary = ?, body_html = ?, body_text = ?, redacted_at = ? "
                                    + "where record_id = ? and revision_number = ?")
                    .params(
                            mask((String) v.get("title"), d.phrases()),
                            mask((String) v.get("summary"), d.phrases()),
                            body,
                            RichText.text(body),
                            utc(now),
                            d.recordId(),
                            d.revision())
                    .update();
            if (Objects.equals(r.publishedRevision(), d.revision()) && r.status() == RecordStatus.PUBLISHED) {
                // the working copy is the current revision: masked too, so a later correction does not bring it back
                String working = maskHtml(r.bodyHtml(), d.phrases());
                jdbc.sql(
                                "update information_record set title = ?, summary = ?, body_html = ?, body_text = ? where id = ?")
                        .params(
                                mask(r.title(), d.phrases()),
                                mask(r.summary(), d.phrases()),
                                working,
                                RichText.text(working),
                                r.id())
                        .update();
            }
            // the named files leave the public in every revision, and the working copy, so no correction brings them
            // back
            int withheld = jdbc.sql(
                            "update information_attachment set withheld_at = ?, detached = true where withheld_at is null "
                                    + "and id in (select attachment_id from information_redaction_attachment where redaction_id = ?)")
                    .params(utc(now), redactionId)
                    .update();
            if (withheld > 0) {
                jdbc.sql("update information_record set lock_version = lock_version + 1 where id = ?")
                        .param(r.id())
                        .update();
            }
            publicChanges.changed(new PublicInformationChanged.InformationRedacted(d.recordId(), d.revision()));
        }
        audit.record(
                "INFORMATION_REDACTION_DECIDE",
                target(d.recordId()),
                Outcome.SUCCESS,
                "第 " + d.revision() + " 版：" + (apply ? "同意，已处理" : "不同意：" + clean));
    }

    /**
     * Writes a transition back, guarded by the state and version it was taken from: a concurrent decision leaves
     * nothing written and the second decider is told to refresh.
     */
    private void save(Redaction before, Redaction after) {
        int updated = jdbc.sql("update information_redaction set status = ?, decided_by = ?, decided_at = ?, "
                        + "decision_comment = ?, version = ? where id = ? and status = ? and version = ?")
                .params(
                        after.status().name(),
                        after.decidedBy(),
                        utc(after.decidedAt()),
                        after.comment(),
                        after.version(),
                        before.id(),
                        before.status().name(),
                        before.version())
                .update();
        if (updated != 1) {
            throw new RuleViolation("该处理申请已被他人处理，请刷新页面。");
        }
    }

    private static final String SELECT =
            "select id, record_id, revision_number, reason, status, proposed_by, proposed_at, "
                    + "decided_by, decided_at, decision_comment, phrases, version from information_redaction ";

    private Redaction redaction(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        List<String> files = jdbc.sql(
                        "select a.file_name from information_redaction_attachment ra "
                                + "join information_attachment a on a.id = ra.attachment_id where ra.redaction_id = ? order by a.id")
                .param(rs.getLong("id"))
                .query(String.class)
                .list();
        return new Redaction(
                rs.getLong("id"),
                rs.getLong("record_id"),
                rs.getInt("revision_number"),
                rs.getString("reason"),
                Status.valueOf(rs.getString("status")),
                rs.getString("proposed_by"),
                instant(rs, "proposed_at"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_comment"),
                files,
                rs.getString("phrases") == null
                        ? List.of()
                        : List.of(rs.getString("phrases").split("\n")),
                rs.getInt("version"));
    }

    private static int findings(String text) {
        return text == null ? 0 : PersonalInformationScanner.scan(text).size();
    }

    /** The lines of the proposal's words to mask: trimmed, blank lines dropped, each once. */
    static List<String> phrases(String text) {
        if (text == null) {
            return List.of();
        }
        if (text.length() > 2200) {
            throw new RuleViolation("phrases", "要遮盖的内容过长：一次最多 " + MAX_PHRASES + " 项，每项不超过 100 字。");
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String line : text.lines().toList()) {
            String phrase = Texts.clean(line);
            if (phrase == null) {
                continue;
            }
            if (phrase.length() < 2 || phrase.length() > 100) {
                throw new RuleViolation(
                        "phrases",
                        "要遮盖的内容每行 2 到 100 个字：“" + (phrase.length() > 20 ? phrase.substring(0, 20) + "…" : phrase)
                                + "”不符合。");
            }
            out.add(phrase);
        }
        if (out.size() > MAX_PHRASES) {
            throw new RuleViolation("phrases", "一次最多遮盖 " + MAX_PHRASES + " 项内容，请分次提出。");
        }
        return List.copyOf(out);
    }

    private static boolean contains(Object text, String phrase) {
        return text instanceof String s && s.contains(phrase);
    }

    /** Personal information the scanner finds, then the named words, masked with ＊ one per character. */
    private static String mask(String text, List<String> phrases) {
        if (text == null) {
            return null;
        }
        String masked = PersonalInformationScanner.mask(text);
        for (String phrase : phrases) {
            masked = masked.replace(phrase, "＊".repeat(phrase.length()));
        }
        return masked;
    }

    private static String maskHtml(String html, List<String> phrases) {
        String masked = RichText.maskPersonalInformation(html);
        for (String phrase : phrases) {
            String replaced = masked == null ? null : RichText.replaceText(masked, phrase, "＊".repeat(phrase.length()));
            masked = replaced == null ? masked : replaced;
        }
        return masked;
    }
}
