package org.gongkai.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a signed-in staff member does for his own account: password, second factor, overview. */
@Service
public class MyAccount {

    /** The session attribute holding when the session signed in (an {@link Instant}). */
    public static final String SIGNED_IN_AT = "gongkai.signedInAt";

    private final StaffRepository staff;
    private final OrganizationRepository organizations;
    private final AccessControl access;
    private final SecondFactor secondFactor;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    MyAccount(
            StaffRepository staff,
            OrganizationRepository organizations,
            AccessControl access,
            SecondFactor secondFactor,
            PasswordEncoder encoder,
            AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.organizations = organizations;
        this.access = access;
        this.secondFactor = secondFactor;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** What must happen before the staff member may use the console. */
    public enum Obligation {
        NONE,
        CHANGE_PASSWORD,
        ENROLL_SECOND_FACTOR
    }

    /** A secret offered for enrollment, with the QR code to scan and the otpauth URI to type in. */
    public record Enrollment(String secret, String qrDataUri, String otpauthUri) {}

    /** The dashboard's picture of the signed-in staff member. */
    public record Overview(
            StaffPrincipal principal,
            Optional<Organization> organization,
            List<RoleGrant> grants,
            boolean secondFactorEnrolled,
            SinceLastSignIn sinceLastSignIn) {}

    /** Failed attempts, a lock and a password reset since the previous sign-in (null where there was none). */
    public record SinceLastSignIn(
            Instant previousSignInAt, int failures, Instant lockedAt, Instant resetAt, String resetBy) {

        public boolean worthTelling() {
            return failures > 0 || lockedAt != null || resetAt != null;
        }
    }

    @Transactional(readOnly = true)
    public Obligation obligation(long staffId) {
        return staff.credentials(staffId)
                .map(c -> obligation(c, staff.grants(staffId)))
                .orElse(Obligation.NONE);
    }

    /** The same decision from what the caller has already read (the console's per-request filter). */
    Obligation obligation(StaffRepository.Credentials c, List<RoleGrant> grants) {
        PasswordPolicy policy = staff.policy();
        boolean expired = policy.maxAgeDays() > 0
                && c.passwordChangedAt()
                        .plus(Duration.ofDays(policy.maxAgeDays()))
                        .isBefore(clock.instant());
        if (c.mustChangePassword() || expired) {
            return Obligation.CHANGE_PASSWORD;
        }
        if (c.totpSecret() == null && SecondFactor.requiredBy(grants)) {
            return Obligation.ENROLL_SECOND_FACTOR;
        }
        return Obligation.NONE;
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        StaffPrincipal me = access.current();
        boolean enrolled =
                staff.credentials(me.staffId()).map(c -> c.totpSecret() != null).orElse(false);
        return new Overview(
                me,
                me.organizationId() == null ? Optional.empty() : organizations.organization(me.organizationId()),
                staff.grants(me.staffId()),
                enrolled,
                sinceLastSignIn(me.staffId()));
    }

    /**
     * What happened to the account since its previous sign-in that its owner should know: failed attempts, a
     * lock and a password reset. The sign-in page tells nobody why an attempt failed (issue 9 §7); the owner learns it here.
     */
    SinceLastSignIn sinceLastSignIn(long staffId) {
        StaffRepository.SignInHistory h = staff.signInHistory(staffId).orElse(null);
        if (h == null) {
            return new SinceLastSignIn(null, 0, null, null, null);
        }
        Instant since = h.previousSignInAt();
        StaffRepository.PasswordReset reset = staff.lastReset(staffId)
                .filter(r -> since == null || r.at().isAfter(since))
                .orElse(null);
        return new SinceLastSignIn(
                since,
                h.failuresBefore(),
                h.lastLockedAt() != null && (since == null || h.lastLockedAt().isAfter(since))
                        ? h.lastLockedAt()
                        : null,
                reset == null ? null : reset.at(),
                reset == null ? null : reset.by());
    }

    /**
     * Changes the signed-in staff member's password. A wrong current password counts as a failed sign-in and
     * can lock the account (ending its sessions); a change ends the account's other sessions (issue 9 §12).
     * Returns the instant from which sessions are valid, for the caller to renew its own session with.
     */
    @Transactional(noRollbackFor = RuleViolation.class)
    public Instant changePassword(String currentPassword, String newPassword, String repeated) {
        StaffPrincipal me = access.current();
        StaffRepository.Credentials c = staff.credentials(me.staffId()).orElseThrow();
        // whole milliseconds: the database keeps this instant exactly, so the renewed session compares equal
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        PasswordPolicy policy = staff.policy();
        Optional<Integer> attempt = staff.claimAttempt(me.staffId(), now);
        if (attempt.isEmpty()) {
            throw new RuleViolation("currentPassword", "账号因连续输错密码已被暂时锁定，请稍后再试。");
        }
        if (currentPassword == null || !encoder.matches(currentPassword, c.passwordHash())) {
            String why = "原密码错误，连续失败 " + attempt.get() + " 次";
            boolean locked = staff.lockAtThreshold(me.staffId(), attempt.get(), policy, now);
            if (locked) {
                staff.endSessions(me.staffId(), now);
                why += "，锁定 " + policy.lockoutMinutes() + " 分钟";
            }
            audit.recordIndependently(me.username(), "PASSWORD_CHANGE", "staff:" + me.staffId(), Outcome.FAILURE, why);
            throw new RuleViolation(
                    "currentPassword",
                    locked
                            ? "原密码连续 " + attempt.get() + " 次不正确，账号已锁定 " + policy.lockoutMinutes() + " 分钟，请稍后重新登录。"
                            : "原密码不正确。");
        }
        staff.clearFailures(me.staffId());
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new RuleViolation("repeatedPassword", "两次输入的新密码不一致。");
        }
        policy.checkPassword("newPassword", newPassword, me.username());
        if (encoder.matches(newPassword, c.passwordHash())) {
            throw new RuleViolation("newPassword", "新密码不能与原密码相同。");
        }
        staff.setPassword(me.staffId(), encoder.encode(newPassword), now, false);
        audit.record("PASSWORD_CHANGE", "staff:" + me.staffId(), Outcome.SUCCESS, "其他会话已失效");
        return now;
    }

    /** When and by whom an administrator last reset the signed-in staff member's password, if ever. */
    @Transactional(readOnly = true)
    public Optional<StaffRepository.PasswordReset> lastReset() {
        return staff.lastReset(access.current().staffId());
    }

    public Enrollment offerEnrollment() {
        StaffPrincipal me = access.current();
        String secret = secondFactor.newSecret();
        return enrollment(me.username(), secret);
    }

    public Enrollment enrollment(String username, String secret) {
        return new Enrollment(
                secret, secondFactor.qrDataUri(username, secret), secondFactor.otpauthUri(username, secret));
    }

    /**
     * Binds the offered secret once the staff member proves the new authenticator shows the right code. Re-binding
     * an account that has a second factor also needs the current password and a current code of the old
     * authenticator (issue 9 §11): a session left open must not be enough to move the second factor elsewhere.
     */
    @Transactional(noRollbackFor = RuleViolation.class)
    public void confirmEnrollment(String secret, String code, String currentPassword, String currentCode) {
        StaffPrincipal me = access.current();
        StaffRepository.Credentials c = staff.credentials(me.staffId()).orElseThrow();
        if (c.totpSecret() != null) {
            Instant now = clock.instant();
            Optional<Integer> attempt = staff.claimAttempt(me.staffId(), now);
            if (attempt.isEmpty()) {
                throw new RuleViolation("currentPassword", "账号因连续验证失败已被暂时锁定，请稍后再试。");
            }
            boolean passwordOk = currentPassword != null && encoder.matches(currentPassword, c.passwordHash());
            if (!passwordOk
                    || !secondFactor.verifyAndConsume(me.staffId(), c.totpSecret(), currentCode, c.totpLastStep())) {
                if (staff.lockAtThreshold(me.staffId(), attempt.get(), staff.policy(), now)) {
                    staff.endSessions(me.staffId(), now);
                }
                audit.recordIndependently(
                        me.username(),
                        "SECOND_FACTOR_ENROLL",
                        "staff:" + me.staffId(),
                        Outcome.FAILURE,
                        passwordOk ? "重新绑定：原动态口令不正确" : "重新绑定：密码不正确");
                throw new RuleViolation(
                        passwordOk ? "currentCode" : "currentPassword", passwordOk ? "原验证器上的动态口令不正确。" : "当前密码不正确。");
            }
            staff.clearFailures(me.staffId());
        }
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw new RuleViolation("secret", "密钥无效，请刷新页面重新绑定。");
        }
        long step = secondFactor.matchingStep(secret, code, null);
        if (step < 0) {
            audit.recordIndependently(
                    me.username(), "SECOND_FACTOR_ENROLL", "staff:" + me.staffId(), Outcome.FAILURE, "动态口令不正确");
            throw new RuleViolation("code", "动态口令不正确，请输入验证器上当前显示的 6 位数字（注意手机时间需准确）。");
        }
        staff.setTotpSecret(me.staffId(), secret);
        staff.consumeTotpStep(me.staffId(), step);
        audit.record(
                "SECOND_FACTOR_ENROLL",
                "staff:" + me.staffId(),
                Outcome.SUCCESS,
                c.totpSecret() == null ? null : "重新绑定");
    }
}
