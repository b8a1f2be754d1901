package org.gongkai.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks one sign-in attempt and records it.
 *
 * <ul>
 * <li>Each attempt on an existing account is counted before its password is checked, in one atomic
 * statement that also refuses a locked account; the attempt that reaches the policy's threshold with a
 * wrong password locks the account. So however many attempts run in parallel, at most the threshold's
 * number of passwords is ever compared (issue 9 §5).</li>
 * <li>Every failure answers the same message, whether the account is unknown, disabled, locked, or the
 * password or the code was wrong (§7); the audit trail records which it was. The owner learns of failures
 * and locks after the next successful sign-in, the security administrator in the staff console.</li>
 * <li>No transaction spans the attempt: the counter's update is its own short transaction, so parallel
 * attempts never wait on a row lock held across a password hash or an audit write.</li>
 * </ul>
 */
@Component
class SignInAttempts {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInAttempts.class);

    static final String WRONG = "用户名、密码或动态口令错误。连续多次失败后账号将暂时锁定，如无法登录请联系安全管理员。";

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final SecondFactor secondFactor;
    private final AuditTrail audit;
    private final Clock clock;
    /** Compared against when no password is checked, so timing does not tell why an attempt failed. */
    private final String dummyHash;

    SignInAttempts(
            StaffRepository staff, PasswordEncoder encoder, SecondFactor secondFactor, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.encoder = encoder;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode("no-such-account");
    }

    public StaffPrincipal attempt(String username, String password, String code) {
        StaffRepository.Credentials c =
                staff.credentials(username == null ? "" : username.strip()).orElse(null);
        if (c == null) {
            throw refused(password, username, "账号不存在");
        }
        if (!c.enabled()) {
            throw refused(password, c.username(), "账号已停用");
        }
        Instant now = clock.instant();
        Optional<Integer> attempt = staff.claimAttempt(c.id(), now);
        PasswordPolicy policy = staff.policy();
        if (attempt.isEmpty()) {
            throw refused(password, c.username(), "账号锁定中");
        }
        if (attempt.get() > policy.lockoutThreshold()) {
            // attempts that started together with the one that reached the threshold: no password is compared
            staff.lock(c.id(), now, now.plus(policy.lockoutMinutes(), ChronoUnit.MINUTES));
            throw refused(password, c.username(), "账号锁定中");
        }
        boolean passwordOk = password != null && encoder.matches(password, c.passwordHash());
        boolean secondFactorOk = passwordOk
                && (!secondFactor.requiredFor(c.id())
                        || c.totpSecret() == null
                        || secondFactor.verifyAndConsume(c.id(), c.totpSecret(), code, c.totpLastStep()));
        if (!passwordOk || !secondFactorOk) {
            String why = (passwordOk ? "动态口令错误" : "密码错误") + "，连续失败 " + attempt.get() + " 次";
            if (staff.lockAtThreshold(c.id(), attempt.get(), policy, now)) {
                why += "，锁定 " + policy.lockoutMinutes() + " 分钟";
            }
            fail(c.username(), why);
            throw new BadCredentialsException(WRONG);
        }
        staff.recordSuccess(c.id(), now);
        audit.recordIndependently(c.username(), "SIGN_IN", "staff:" + c.id(), Outcome.SUCCESS, null);
        return new StaffPrincipal(c.id(), c.username(), c.displayName(), c.organizationId());
    }

    /** A failure decided without the password: it is still hashed once, so the answer takes as long as any other. */
    private BadCredentialsException refused(String password, String username, String why) {
        encoder.matches(password == null ? "" : password, dummyHash);
        fail(username, why);
        return new BadCredentialsException(WRONG);
    }

    /** A sign-in that errored (the database, say) is a failed sign-in too (issue 9 §13); only the error's kind is kept. */
    void recordError(String username, RuntimeException error) {
        try {
            fail(username, "登录出错（" + error.getClass().getSimpleName() + "）");
        } catch (RuntimeException auditFailed) {
            log.error(
                    "登录出错且无法写入审计日志：{} / {}",
                    error.getClass().getSimpleName(),
                    auditFailed.getClass().getSimpleName());
        }
    }

    private void fail(String username, String why) {
        String actor = username == null || username.isBlank() ? "（空）" : username.strip();
        audit.recordIndependently(
                actor.length() > 64 ? actor.substring(0, 64) : actor, "SIGN_IN", null, Outcome.FAILURE, why);
    }
}
