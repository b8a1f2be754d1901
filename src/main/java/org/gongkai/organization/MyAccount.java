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

    private final StaffRepository staff;
    private final OrganizationRepository organizations;
    private final AccessControl access;
    private final SecondFactor secondFactor;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    MyAccount(StaffRepository staff, OrganizationRepository organizations, AccessControl access,
            SecondFactor secondFactor, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
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
        NONE, CHANGE_PASSWORD, ENROLL_SECOND_FACTOR
    }

    /** A secret offered for enrollment, with the QR code to scan and the otpauth URI to type in. */
    public record Enrollment(String secret, String qrDataUri, String otpauthUri) {
    }

    /** The dashboard's picture of the signed-in staff member. */
    public record Overview(StaffPrincipal principal, Optional<Organization> organization, List<RoleGrant> grants,
            boolean secondFactorEnrolled, SinceLastSignIn sinceLastSignIn) {
    }

    /** Failed attempts and a lock since the previous sign-in ({@code lockedAt} null when there was none). */
    public record SinceLastSignIn(Instant previousSignInAt, int failures, Instant lockedAt) {

        public boolean worthTelling() {
            return failures > 0 || lockedAt != null;
        }
    }

    @Transactional(readOnly = true)
    public Obligation obligation(long staffId) {
        return staff.credentials(staffId).map(c -> obligation(c, staff.grants(staffId))).orElse(Obligation.NONE);
    }

    /** The same decision from what the caller has already read (the console's per-request filter). */
    Obligation obligation(StaffRepository.Credentials c, List<RoleGrant> grants) {
        PasswordPolicy policy = staff.policy();
        boolean expired = policy.maxAgeDays() > 0
                && c.passwordChangedAt().plus(Duration.ofDays(policy.maxAgeDays())).isBefore(clock.instant());
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
        boolean enrolled = staff.credentials(me.staffId()).map(c -> c.totpSecret() != null).orElse(false);
        return new Overview(me, me.organizationId() == null ? Optional.empty() : organizations.organization(me.organizationId()),
                staff.grants(me.staffId()), enrolled, sinceLastSignIn(me.staffId()));
    }

    /**
     * What happened to the account since its previous sign-in that its owner should know: failed attempts and
     * a lock. The sign-in page tells nobody why an attempt failed (issue 9 §7); the owner learns it here.
     */
    SinceLastSignIn sinceLastSignIn(long staffId) {
        return staff.signInHistory(staffId).map(h -> new SinceLastSignIn(h.previousSignInAt(), h.failuresBefore(),
                h.lastLockedAt() != null && (h.previousSignInAt() == null || h.lastLockedAt().isAfter(h.previousSignInAt()))
                        ? h.lastLockedAt() : null)).orElse(new SinceLastSignIn(null, 0, null));
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        StaffPrincipal me = access.current();
        StaffRepository.Credentials c = staff.credentials(me.staffId()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, c.passwordHash())) {
            audit.recordIndependently(me.username(), "PASSWORD_CHANGE", "staff:" + me.staffId(), Outcome.FAILURE,
                    "原密码错误");
            throw new RuleViolation("currentPassword", "原密码不正确。");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new RuleViolation("repeatedPassword", "两次输入的新密码不一致。");
        }
        staff.policy().checkPassword("newPassword", newPassword, me.username());
        if (encoder.matches(newPassword, c.passwordHash())) {
            throw new RuleViolation("newPassword", "新密码不能与原密码相同。");
        }
        staff.setPassword(me.staffId(), encoder.encode(newPassword), clock.instant(), false);
        audit.record("PASSWORD_CHANGE", "staff:" + me.staffId(), Outcome.SUCCESS, null);
    }

    public Enrollment offerEnrollment() {
        StaffPrincipal me = access.current();
        String secret = secondFactor.newSecret();
        return enrollment(me.username(), secret);
    }

    public Enrollment enrollment(String username, String secret) {
        return new Enrollment(secret, secondFactor.qrDataUri(username, secret), secondFactor.otpauthUri(username, secret));
    }

    /** Binds the offered secret once the staff member proves the authenticator shows the right code. */
    @Transactional
    public void confirmEnrollment(String secret, String code) {
        StaffPrincipal me = access.current();
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw new RuleViolation("secret", "密钥无效，请刷新页面重新绑定。");
        }
        long step = secondFactor.matchingStep(secret, code, null);
        if (step < 0) {
            audit.recordIndependently(me.username(), "SECOND_FACTOR_ENROLL", "staff:" + me.staffId(), Outcome.FAILURE,
                    "动态口令不正确");
            throw new RuleViolation("code", "动态口令不正确，请输入验证器上当前显示的 6 位数字（注意手机时间需准确）。");
        }
        staff.setTotpSecret(me.staffId(), secret);
        staff.consumeTotpStep(me.staffId(), step);
        audit.record("SECOND_FACTOR_ENROLL", "staff:" + me.staffId(), Outcome.SUCCESS, null);
    }
}
