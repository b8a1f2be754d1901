package org.gongkai.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks one sign-in attempt and records it: counts failures, locks the account for the policy's
 * duration after the policy's number of consecutive failures, and audits success and failure alike.
 * Runs in its own transaction so that a failed attempt is counted even though sign-in fails.
 */
@Component
class SignInAttempts {

    private static final String WRONG = "用户名、密码或动态口令错误。";

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final SecondFactor secondFactor;
    private final AuditTrail audit;
    private final Clock clock;
    /** Compared against when the account does not exist, so timing does not reveal which names exist. */
    private final String dummyHash;

    SignInAttempts(StaffRepository staff, PasswordEncoder encoder, SecondFactor secondFactor, AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.encoder = encoder;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode("no-such-account");
    }

    @Transactional(noRollbackFor = AuthenticationException.class)
    public StaffPrincipal attempt(String username, String password, String code) {
        StaffRepository.Credentials c = staff.credentials(username == null ? "" : username.strip()).orElse(null);
        if (c == null) {
            encoder.matches(password == null ? "" : password, dummyHash);
            fail(username, "账号不存在");
            throw new BadCredentialsException(WRONG);
        }
        Instant now = clock.instant();
        if (!c.enabled()) {
            fail(c.username(), "账号已停用");
            throw new DisabledException("该账号已停用，请联系系统管理员。");
        }
        if (c.lockedUntil() != null && c.lockedUntil().isAfter(now)) {
            fail(c.username(), "账号锁定中");
            throw new LockedException(lockedMessage(c.lockedUntil()));
        }
        boolean passwordOk = password != null && encoder.matches(password, c.passwordHash());
        boolean secondFactorOk = !passwordOk || !secondFactor.requiredFor(c.id()) || c.totpSecret() == null
                || secondFactor.verifyAndConsume(c.id(), c.totpSecret(), code, c.totpLastStep());
        if (!passwordOk || !secondFactorOk) {
            PasswordPolicy policy = staff.policy();
            int attempts = c.failedAttempts() + 1;
            if (attempts >= policy.lockoutThreshold()) {
                Instant until = now.plus(policy.lockoutMinutes(), ChronoUnit.MINUTES);
                staff.recordFailure(c.id(), 0, until);
                fail(c.username(), (passwordOk ? "动态口令错误" : "密码错误") + "，连续失败 " + attempts + " 次，锁定 "
                        + policy.lockoutMinutes() + " 分钟");
                throw new LockedException("连续 " + attempts + " 次登录失败，" + lockedMessage(until));
            }
            staff.recordFailure(c.id(), attempts, null);
            fail(c.username(), (passwordOk ? "动态口令错误" : "密码错误") + "，连续失败 " + attempts + " 次");
            throw new BadCredentialsException(WRONG + "再失败 " + (policy.lockoutThreshold() - attempts)
                    + " 次账号将被锁定 " + policy.lockoutMinutes() + " 分钟。");
        }
        staff.recordSuccess(c.id());
        audit.recordIndependently(c.username(), "SIGN_IN", "staff:" + c.id(), Outcome.SUCCESS, null);
        return new StaffPrincipal(c.id(), c.username(), c.displayName(), c.organizationId());
    }

    private String lockedMessage(Instant until) {
        LocalTime local = until.atZone(clock.getZone()).toLocalTime();
        return "账号已锁定，请在 " + local.format(DateTimeFormatter.ofPattern("HH:mm")) + " 后重试，或请系统管理员重置密码。";
    }

    private void fail(String username, String why) {
        String actor = username == null || username.isBlank() ? "（空）" : username.strip();
        audit.recordIndependently(actor.length() > 64 ? actor.substring(0, 64) : actor, "SIGN_IN", null,
                Outcome.FAILURE, why);
    }

}
