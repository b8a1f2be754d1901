package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

/** Sign-in: lockout after the policy's failures, the second factor of administrators, forced changes. */
class SignInIntegrationTests extends IntegrationTest {

    /** The demo administrators' secret (DemoCounty, README). */
    static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    SignInAttempts signIn;

    @Autowired
    StaffAdministration staff;

    @Autowired
    MyAccount account;

    @Autowired
    StaffRepository staffRepository;

    @Autowired
    org.gongkai.audit.AuditTrail auditTrail;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Autowired
    SecondFactor secondFactor;

    private String newAccount() {
        actAs("sysadmin");
        String username = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = staff.createAccount(new StaffDraft(username, "测试", null, organizationId("示范县民政局")))
                .staffId();
        staff.setPassword(id, "Right@2026", false);
        return username;
    }

    private String totp(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes_andItsOwnerLearnsOfThemAfterSigningIn() {
        String username = newAccount();
        for (int i = 1; i <= 5; i++) {
            assertThatThrownBy(() -> signIn.attempt(username, "Wrong@2026", null))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage(SignInAttempts.WRONG);
        }
        assertThat(jdbc.sql("select locked_until from staff_member where username = ?")
                        .param(username)
                        .query(java.sql.Timestamp.class)
                        .single())
                .isNotNull();
        assertThatThrownBy(() -> signIn.attempt(username, "Right@2026", null))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(SignInAttempts.WRONG);
        advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn.attempt(username, "Right@2026", null))
                .isInstanceOf(BadCredentialsException.class);
        advance(Duration.ofMinutes(2));
        StaffPrincipal me = signIn.attempt(username, "Right@2026", null);
        assertThat(me.username()).isEqualTo(username);
        long failures = jdbc.sql(
                        "select count(*) from audit_entry where actor = ? and action = 'SIGN_IN' and outcome = 'FAILURE'")
                .param(username)
                .query(Long.class)
                .single();
        assertThat(failures).isEqualTo(7);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where actor = ? and action = 'SIGN_IN' and detail like '%锁定中%'")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        MyAccount.SinceLastSignIn since = account.sinceLastSignIn(me.staffId());
        assertThat(since.failures()).isEqualTo(5);
        assertThat(since.lockedAt()).isNotNull();
        assertThat(since.worthTelling()).isTrue();
        signIn.attempt(username, "Right@2026", null);
        assertThat(account.sinceLastSignIn(me.staffId()).worthTelling()).isFalse();
    }

    /** Issue 9 §7: an unknown, a disabled and a locked account all get the wrong password's answer. */
    @Test
    void everyFailureGetsTheSameAnswer() {
        String disabled = newAccount();
        jdbc.sql("update staff_member set enabled = false where username = ?")
                .param(disabled)
                .update();
        assertThatThrownBy(() -> signIn.attempt(disabled, "Right@2026", null))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(SignInAttempts.WRONG);
        assertThatThrownBy(() -> signIn.attempt("nobody-" + UUID.randomUUID(), "Right@2026", null))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(SignInAttempts.WRONG);
        String wrong = newAccount();
        assertThatThrownBy(() -> signIn.attempt(wrong, "Wrong@2026", null))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(SignInAttempts.WRONG);
    }

    /**
     * Issue 9 §5: before, 30 parallel wrong passwords were all compared and the counter showed 1. Now each
     * attempt is counted before its password is checked: at most the threshold's number are compared, the
     * account ends locked, and no attempt errors.
     */
    @Test
    void parallelWrongPasswordsCannotOutrunTheLock() throws Exception {
        String username = newAccount();
        int parallel = 30;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    signIn.attempt(username, "Wrong@2026", null);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            }));
        }
        start.countDown();
        for (Future<Throwable> r : results) {
            assertThat(r.get(60, TimeUnit.SECONDS))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage(SignInAttempts.WRONG);
        }
        pool.shutdown();
        long compared = jdbc.sql(
                        "select count(*) from audit_entry where actor = ? and action = 'SIGN_IN' and detail like '密码错误%'")
                .param(username)
                .query(Long.class)
                .single();
        assertThat(compared).isEqualTo(5);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where actor = ? and action = 'SIGN_IN' and outcome = 'FAILURE'")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(parallel);
        assertThatThrownBy(() -> signIn.attempt(username, "Right@2026", null))
                .isInstanceOf(BadCredentialsException.class);
    }

    /** Issue 9 §6: one TOTP code presented by several sign-ins at the same moment admits exactly one. */
    @Test
    void oneTotpCodeAdmitsOneOfManyParallelSignIns() throws Exception {
        String secret = DEMO_TOTP_SECRET;
        advance(Duration.ofSeconds(90));
        String code = totp(secret);
        int parallel = 4; // fewer than the lockout threshold: the losers count as failures
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    signIn.attempt("secadmin", "Demo@2026", code);
                    return true;
                } catch (BadCredentialsException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int admitted = 0;
        for (Future<Boolean> r : results) {
            admitted += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(admitted).isEqualTo(1);
        // the refused ones were counted as failures; a success resets the counter
        advance(Duration.ofSeconds(30));
        signIn.attempt("secadmin", "Demo@2026", totp(secret));
    }

    /** Issue 9 §20: an ID number typed as the user name is kept masked in the trail. */
    @Test
    void anIdNumberTypedAsUserNameIsAuditedMasked() {
        assertThatThrownBy(() -> signIn.attempt("11010519491231002X", "Whatever@1", null))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = '11010519491231002X'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = '110105********002X'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void unknownAccountsFailLikeWrongPasswords() {
        assertThatThrownBy(() -> signIn.attempt("nobody-" + UUID.randomUUID(), "Whatever@1", null))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("用户名、密码或动态口令错误");
    }

    @Test
    void administratorsNeedTheirTotpCode() throws Exception {
        String secret = DEMO_TOTP_SECRET;
        assertThatThrownBy(() -> signIn.attempt("auditadmin", "Demo@2026", null))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.attempt("auditadmin", "Demo@2026", "000000"))
                .isInstanceOf(BadCredentialsException.class);
        String code = totp(secret);
        assertThat(signIn.attempt("auditadmin", "Demo@2026", code).username()).isEqualTo("auditadmin");
        // RFC 6238 §5.2: the same code is not accepted twice
        assertThatThrownBy(() -> signIn.attempt("auditadmin", "Demo@2026", code))
                .isInstanceOf(BadCredentialsException.class);
        advance(Duration.ofSeconds(30));
        assertThat(signIn.attempt("auditadmin", "Demo@2026", totp(secret)).username())
                .isEqualTo("auditadmin");
        // an editor has no second factor to give
        assertThat(signIn.attempt("edu_editor", "Demo@2026", null).username()).isEqualTo("edu_editor");
    }

    @Test
    void aNewAccountMustChangeItsPassword_andAnExpiredOneAgain() {
        actAs("sysadmin");
        String username = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StaffAdministration.OneTimePassword created =
                staff.createAccount(new StaffDraft(username, "新人", null, organizationId("示范县财政局")));
        assertThat(account.obligation(created.staffId())).isEqualTo(MyAccount.Obligation.CHANGE_PASSWORD);

        actAs(username);
        assertThatThrownBy(() -> account.changePassword("wrong", "Better@2026", "Better@2026"))
                .hasMessageContaining("原密码");
        assertThatThrownBy(() -> account.changePassword(created.password(), "Better@2026", "Other@2026"))
                .hasMessageContaining("不一致");
        assertThatThrownBy(() -> account.changePassword(created.password(), "weakpass", "weakpass"))
                .hasMessageContaining("至少三类");
        account.changePassword(created.password(), "Better@2026", "Better@2026");
        assertThat(account.obligation(created.staffId())).isEqualTo(MyAccount.Obligation.NONE);

        advance(Duration.ofDays(91));
        assertThat(account.obligation(created.staffId())).isEqualTo(MyAccount.Obligation.CHANGE_PASSWORD);
    }

    @Test
    void anAdministratorWithoutSecondFactorMustEnrollFirst() throws Exception {
        actAs("sysadmin");
        String username = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = staff.createAccount(new StaffDraft(username, "新审计员", null, null))
                .staffId();
        staff.setPassword(id, "Audit@2026x", false);
        actAs("secadmin");
        staff.grantRole(id, Role.AUDIT_ADMIN, null, false);
        assertThat(account.obligation(id)).isEqualTo(MyAccount.Obligation.ENROLL_SECOND_FACTOR);

        actAs(username);
        MyAccount.Enrollment enrollment = account.offerEnrollment();
        assertThat(enrollment.qrDataUri()).startsWith("data:image/png;base64,");
        assertThatThrownBy(() -> account.confirmEnrollment(enrollment.secret(), "123456", null, null))
                .hasMessageContaining("动态口令不正确");
        account.confirmEnrollment(enrollment.secret(), totp(enrollment.secret()), null, null);
        assertThat(account.obligation(id)).isEqualTo(MyAccount.Obligation.NONE);
        advance(Duration.ofSeconds(30));
        assertThat(signIn.attempt(username, "Audit@2026x", totp(enrollment.secret()))
                        .staffId())
                .isEqualTo(id);
    }

    /** Issue 9 §4: a failed sign-in through the form's provider spends the allowance of its address and its name. */
    @Test
    void failedSignInsSpendTheRateLimitAllowance() {
        org.gongkai.shared.web.RateLimits limits =
                new org.gongkai.shared.web.RateLimits(new org.springframework.mock.env.MockEnvironment()
                        .withProperty("gongkai.rate-limit.sign-in-failures-by-address", "3"));
        SecurityConfiguration.StaffAuthenticationProvider provider =
                new SecurityConfiguration.StaffAuthenticationProvider(signIn, staffRepository, limits);
        String username = newAccount();
        for (int i = 0; i < 3; i++) {
            org.springframework.security.authentication.UsernamePasswordAuthenticationToken token =
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(
                            "no-such-" + i, "Wrong@2026");
            token.setDetails(
                    new org.springframework.security.web.authentication.WebAuthenticationDetails("10.9.9.9", null));
            assertThatThrownBy(() -> provider.authenticate(token)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(limits.waitFor(org.gongkai.shared.web.RateLimits.Policy.SIGN_IN_FAILURES_BY_ADDRESS, "10.9.9.9"))
                .isPositive();
        org.springframework.security.authentication.UsernamePasswordAuthenticationToken good =
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(
                        username, "Right@2026");
        good.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails("10.9.9.8", null));
        assertThat(provider.authenticate(good).getName()).isEqualTo(username);
        assertThat(limits.waitFor(org.gongkai.shared.web.RateLimits.Policy.SIGN_IN_FAILURES_BY_ADDRESS, "10.9.9.8"))
                .isZero();
    }

    /** Issue 9 §11: the secret is sealed at rest, and re-binding needs the password and a current code. */
    @Test
    void totpSecretsAreSealedAtRest_andReBindingNeedsThePasswordAndACurrentCode() throws Exception {
        String stored = jdbc.sql("select totp_secret from staff_member where username = 'auditadmin'")
                .query(String.class)
                .single();
        assertThat(stored).startsWith("sm4:").doesNotContain(DEMO_TOTP_SECRET);

        actAs("sysadmin");
        String username = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id =
                staff.createAccount(new StaffDraft(username, "重绑者", null, null)).staffId();
        staff.setPassword(id, "Audit@2026x", false);
        actAs("secadmin");
        staff.grantRole(id, Role.AUDIT_ADMIN, null, false);
        actAs(username);
        MyAccount.Enrollment first = account.offerEnrollment();
        account.confirmEnrollment(first.secret(), totp(first.secret()), null, null);

        advance(Duration.ofSeconds(30));
        MyAccount.Enrollment second = account.offerEnrollment();
        assertThatThrownBy(() -> account.confirmEnrollment(second.secret(), totp(second.secret()), null, null))
                .isInstanceOf(org.gongkai.shared.RuleViolation.class)
                .hasMessageContaining("当前密码不正确");
        assertThatThrownBy(() ->
                        account.confirmEnrollment(second.secret(), totp(second.secret()), "Audit@2026x", "000000"))
                .isInstanceOf(org.gongkai.shared.RuleViolation.class)
                .hasMessageContaining("原验证器上的动态口令不正确");
        account.confirmEnrollment(second.secret(), totp(second.secret()), "Audit@2026x", totp(first.secret()));
        advance(Duration.ofSeconds(30));
        assertThat(signIn.attempt(username, "Audit@2026x", totp(second.secret()))
                        .staffId())
                .isEqualTo(id);
    }

    /** Issue 9 §13: a refusal by @PreAuthorize is audited like the service layer's own refusals. */
    @Test
    void aMethodSecurityRefusalIsAudited() {
        actAs("edu_editor");
        long before = jdbc.sql(
                        "select count(*) from audit_entry where actor = 'edu_editor' and action = 'ACCESS_DENIED'")
                .query(Long.class)
                .single();
        assertThatThrownBy(
                        () -> auditTrail.search(new org.gongkai.audit.AuditQuery(null, null, null, null, null, 0, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'edu_editor' and action = 'ACCESS_DENIED' "
                                + "and target = 'method:AuditTrail.search' and outcome = 'DENIED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    /** Issue 9 §13: a sign-in that errors is a failed sign-in in the trail, answered with a plain message. */
    @Test
    void aSignInThatErrorsIsAuditedAsAFailure() {
        SignInAttempts failing = new SignInAttempts(staffRepository, encoder, secondFactor, auditTrail, clock) {
            @Override
            public StaffPrincipal attempt(String username, String password, String code) {
                throw new org.springframework.dao.CannotAcquireLockException(
                        "Timeout trying to lock table; row [secret]");
            }
        };
        SecurityConfiguration.StaffAuthenticationProvider provider =
                new SecurityConfiguration.StaffAuthenticationProvider(
                        failing,
                        staffRepository,
                        new org.gongkai.shared.web.RateLimits(new org.springframework.mock.env.MockEnvironment()));
        assertThatThrownBy(() -> provider.authenticate(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(
                                "edu_signer", "x")))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationServiceException.class)
                .hasMessage("登录服务暂时繁忙，请稍后重试。");
        assertThat(jdbc.sql("select detail from audit_entry where actor = 'edu_signer' and action = 'SIGN_IN' "
                                + "and outcome = 'FAILURE' order by seq desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .isEqualTo("登录出错（CannotAcquireLockException）");
    }
}
