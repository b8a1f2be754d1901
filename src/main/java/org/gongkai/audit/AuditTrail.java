package org.gongkai.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongkai.shared.Actors;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.crypto.KeyRing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to and reads the hash-chained audit trail. {@link #record} joins the caller's transaction,
 * so an entry exists exactly when the audited write commits; {@link #recordIndependently} commits on
 * its own, for refusals and failures whose business transaction rolls back.
 */
@Service
public class AuditTrail {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditTrail.class);

    static final int MAX_DETAIL = 2000;

    private final AuditRepository repository;
    private final Clock clock;
    private final byte[] checkpointKey;

    AuditTrail(AuditRepository repository, Clock clock, KeyRing keys) {
        this.repository = repository;
        this.clock = clock;
        this.checkpointKey = keys.derive("audit-checkpoint", 32);
    }

    /** Records an action of the signed-in user, inside the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, Outcome outcome, String detail) {
        append(currentActor(), action, target, outcome, detail);
    }

    /** Records an action in a transaction of its own, committed even when the caller's rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(String actor, String action, String target, Outcome outcome, String detail) {
        append(actor == null ? currentActor() : actor, action, target, outcome, detail);
    }

    /**
     * Appends one entry. Personal information in the actor (a user name typed at sign-in), the target and the detail
     * (a record's title, say) is kept in its masked form only (issue 9 §20): the trail is kept for years and outlives
     * every correction of the record it names.
     */
    private void append(String actor, String action, String target, Outcome outcome, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String safeDetail = masked(detail);
        String boundedDetail = safeDetail != null && safeDetail.length() > MAX_DETAIL
                ? safeDetail.substring(0, MAX_DETAIL)
                : safeDetail;
        repository.append(now, masked(actor), currentAddress(), action, masked(target), outcome, boundedDetail);
    }

    private static String masked(String text) {
        return text == null || text.isEmpty() ? text : PersonalInformationScanner.mask(text);
    }

    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        return repository.search(query);
    }

    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifyChain();
    }

    /** Verification without a signed-in user, for the command line on the server itself. */
    @Transactional(readOnly = true)
    public ChainVerification verifyFromCommandLine() {
        return verifyChain();
    }

    private ChainVerification verifyChain() {
        return repository.verify(clock.instant());
    }

    /** The chain checked against a checkpoint exported earlier (issue 9 §14). */
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Transactional(readOnly = true)
    public ChainVerification verify(String checkpointText) {
        return verifyAgainst(checkpointText);
    }

    @Transactional(readOnly = true)
    public ChainVerification verifyFromCommandLine(String checkpointText) {
        return verifyAgainst(checkpointText);
    }

    private ChainVerification verifyAgainst(String checkpointText) {
        Instant now = clock.instant();
        Checkpoint checkpoint = Checkpoint.parse(checkpointText).orElse(null);
        if (checkpoint == null) {
            return new ChainVerification(false, 0, null, "检查点格式不正确：请使用本平台导出的检查点文件的完整内容。", now);
        }
        if (!checkpoint.signedWith(checkpointKey)) {
            return new ChainVerification(false, 0, null, "检查点签名不符：它不是本平台（本主密钥）导出的，或已被修改。", now);
        }
        ChainVerification chain = repository.verify(now);
        if (!chain.intact()) {
            return chain;
        }
        if (chain.entriesChecked() < checkpoint.sequence()) {
            return new ChainVerification(
                    false,
                    chain.entriesChecked(),
                    chain.entriesChecked() + 1,
                    "审计日志现有 "
                            + chain.entriesChecked() + " 条，少于 " + checkpoint.issuedAt() + " 的检查点记录的 "
                            + checkpoint.sequence()
                            + " 条：检查点之后或之前的记录被删除并重新链接。",
                    now);
        }
        if (!repository.hashOf(checkpoint.sequence()).orElse("").equals(checkpoint.hash())) {
            return new ChainVerification(
                    false,
                    chain.entriesChecked(),
                    checkpoint.sequence(),
                    "第 " + checkpoint.sequence() + " 条记录的哈希与检查点不符：检查点之前的记录已被改写。",
                    now);
        }
        return new ChainVerification(true, chain.entriesChecked(), null, null, now);
    }

    /** A signed checkpoint of the chain's head, for the audit administrator to keep outside the platform. */
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Transactional
    public Checkpoint checkpoint() {
        ChainVerification chain = repository.verify(clock.instant());
        if (!chain.intact()) {
            throw new org.gongkai.shared.RuleViolation("哈希链已断裂（" + chain.problem() + "），不能导出检查点；请先查明原因。");
        }
        var head = repository.head();
        Checkpoint checkpoint = Checkpoint.sign(
                ((Number) head.get("last_seq")).longValue(),
                (String) head.get("last_hash"),
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                checkpointKey);
        record("AUDIT_CHECKPOINT_EXPORT", "audit-chain", Outcome.SUCCESS, "序号 " + checkpoint.sequence());
        return checkpoint;
    }

    /**
     * Keys a chain written before the key (plain SM3): verified first, then every hash recomputed under the key,
     * and the change itself recorded with the old head. A broken chain is left as it is, for the audit
     * administrator to see.
     */
    @Transactional
    public long keyTheChain() {
        if (!ChainHasher.PLAIN.equals(repository.scheme())) {
            return 0;
        }
        ChainVerification plain = repository.verify(clock.instant());
        if (!plain.intact()) {
            log.error("审计日志哈希链校验未通过（{}），未改为带密钥的哈希；请审计管理员查明。", plain.problem());
            return -1;
        }
        String oldHead = (String) repository.head().get("last_hash");
        long rekeyed = repository.rekey();
        if (rekeyed > 0) {
            append(
                    Actors.SYSTEM,
                    "AUDIT_CHAIN_KEYED",
                    "audit-chain",
                    Outcome.SUCCESS,
                    "以 HMAC-SM3 重新计算 " + rekeyed + " 条记录的哈希；原 SM3 链尾 " + oldHead);
        }
        return rekeyed;
    }

    /** The signed-in user's own most recent actions, for the dashboard. */
    @Transactional(readOnly = true)
    public List<AuditEntry> myRecentActions(int limit) {
        return repository.recentBy(currentActor(), Math.min(Math.max(limit, 1), 50));
    }

    private static String currentActor() {
        return Actors.currentName();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "本机";
    }
}
