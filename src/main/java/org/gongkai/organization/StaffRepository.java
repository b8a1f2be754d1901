package org.gongkai.organization;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.shared.crypto.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class StaffRepository {

    private static final String COLUMNS = "id, username, display_name, phone, organization_id, enabled, locked_until, "
            + "must_change_password, totp_secret, version";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecretBox secrets;

    StaffRepository(JdbcClient jdbc, TransactionTemplate transactions, SecretBox secrets) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.secrets = secrets;
    }

    /** What sign-in needs, including the secrets that never leave this module. */
    record Credentials(
            long id,
            String username,
            String displayName,
            Long organizationId,
            String passwordHash,
            Instant passwordChangedAt,
            boolean mustChangePassword,
            int failedAttempts,
            Instant lockedUntil,
            String totpSecret,
            Long totpLastStep,
            boolean enabled,
            Instant sessionsValidAfter) {

        /** Whether a session signed in at the given time may go on (a reset or a change since ends it). */
        boolean admits(Instant signedInAt) {
            return sessionsValidAfter == null || (signedInAt != null && !signedInAt.isBefore(sessionsValidAfter));
        }
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, username, display_name, organization_id, password_hash, password_changed_at, "
                        + "must_change_password, failed_attempts, locked_until, totp_secret, totp_last_step, enabled, sessions_valid_after "
                        + "from staff_member where username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getObject("organization_id", Long.class),
                        rs.getString("password_hash"),
                        instant(rs, "password_changed_at"),
                        rs.getBoolean("must_change_password"),
                        rs.getInt("failed_attempts"),
                        instant(rs, "locked_until"),
                        secrets.open(rs.getString("totp_secret")),
                        rs.getObject("totp_last_step", Long.class),
                        rs.getBoolean("enabled"),
                        instant(rs, "sessions_valid_after")))
                .optional();
    }

    Optional<Credentials> credentials(long id) {
        return jdbc.sql("select username from staff_member where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .flatMap(this::credentials);
    }

    List<StaffMember> all() {
        return jdbc.sql("select " + COLUMNS + " from staff_member order by organization_id, id")
                .query(StaffRepository::staff)
                .list();
    }

    Optional<StaffMember> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff_member where id = ?")
                .param(id)
                .query(StaffRepository::staff)
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from staff_member").query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from staff_member where lower(username) = lower(?)")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(StaffDraft d, String passwordHash, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into staff_member (username, display_name, phone, organization_id, password_hash, "
                        + "password_changed_at, must_change_password) values (?, ?, ?, ?, ?, ?, true)")
                .params(d.username(), d.displayName(), d.phone(), d.organizationId(), passwordHash, utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, int version, StaffDraft d, boolean enabled) {
        return jdbc.sql("update staff_member set display_name = ?, phone = ?, organization_id = ?, enabled = ?, "
                                + "version = version + 1 where id = ? and version = ?")
                        .params(d.displayName(), d.phone(), d.organizationId(), enabled, id, version)
                        .update()
                == 1;
    }

    /** A new password; every session signed in before now ends (the one changing it is renewed by its caller). */
    void setPassword(long id, String hash, Instant now, boolean mustChange) {
        jdbc.sql(
                        "update staff_member set password_hash = ?, password_changed_at = ?, must_change_password = ?, "
                                + "failed_attempts = 0, locked_until = null, sessions_valid_after = ?, version = version + 1 where id = ?")
                .params(hash, utc(now), mustChange, utc(now), id)
                .update();
    }

    /** An administrator's reset: as {@link #setPassword}, forced to change, and remembered for the owner to see. */
    void resetPassword(long id, String hash, Instant now, String by) {
        jdbc.sql("update staff_member set password_hash = ?, password_changed_at = ?, must_change_password = true, "
                        + "failed_attempts = 0, locked_until = null, sessions_valid_after = ?, password_reset_at = ?, "
                        + "password_reset_by = ?, version = version + 1 where id = ?")
                .params(hash, utc(now), utc(now), utc(now), by, id)
                .update();
    }

    /** Ends every session of the account signed in before now (a disabled account, an administrator's order). */
    void endSessions(long id, Instant now) {
        jdbc.sql("update staff_member set sessions_valid_after = ? where id = ?")
                .params(utc(now), id)
                .update();
    }

    /** When and by whom the account's password was last reset by an administrator. */
    public record PasswordReset(Instant at, String by) {}

    /** The current password was given correctly: the count of failures starts again. */
    void clearFailures(long id) {
        jdbc.sql("update staff_member set failed_attempts = 0 where id = ?")
                .param(id)
                .update();
    }

    Optional<PasswordReset> lastReset(long id) {
        return jdbc.sql(
                        "select password_reset_at, password_reset_by from staff_member where id = ? and password_reset_at is not null")
                .param(id)
                .query((rs, n) ->
                        new PasswordReset(instant(rs, "password_reset_at"), rs.getString("password_reset_by")))
                .optional();
    }

    /**
     * Counts one more sign-in attempt, before its password is checked, unless the account is locked: the
     * attempt's number since the last success or lock, or empty when the account is locked. One short
     * transaction (the row is locked only for the increment), so parallel attempts each get their own number.
     */
    Optional<Integer> claimAttempt(long id, Instant now) {
        return transactions.execute(status -> {
            int counted = jdbc.sql("update staff_member set failed_attempts = failed_attempts + 1, "
                            + "failures_since_sign_in = failures_since_sign_in + 1 "
                            + "where id = ? and (locked_until is null or locked_until <= ?)")
                    .params(id, utc(now))
                    .update();
            return counted == 0
                    ? Optional.<Integer>empty()
                    : Optional.of(jdbc.sql("select failed_attempts from staff_member where id = ?")
                            .param(id)
                            .query(Integer.class)
                            .single());
        });
    }

    /**
     * Locks the account for the policy's time when this counted attempt reached the policy's threshold (sign-in, the
     * current-password check, re-binding the second factor); whether it did.
     */
    boolean lockAtThreshold(long id, int attempt, PasswordPolicy policy, Instant now) {
        if (attempt < policy.lockoutThreshold()) {
            return false;
        }
        lock(id, now, now.plus(java.time.Duration.ofMinutes(policy.lockoutMinutes())));
        return true;
    }

    /** Locks the account until the given time and starts counting afresh; whichever attempt locks first wins. */
    void lock(long id, Instant now, Instant until) {
        jdbc.sql("update staff_member set locked_until = ?, last_locked_at = ?, failed_attempts = 0 "
                        + "where id = ? and (locked_until is null or locked_until <= ?)")
                .params(utc(until), utc(now), id, utc(now))
                .update();
    }

    /**
     * A successful sign-in: the counters start again, and the failures since the previous sign-in (less this
     * attempt, counted when it was claimed) are kept for the owner to see.
     */
    void recordSuccess(long id, Instant now) {
        jdbc.sql("update staff_member set failures_before_sign_in = greatest(failures_since_sign_in - 1, 0), "
                        + "failures_since_sign_in = 0, failed_attempts = 0, locked_until = null, "
                        + "previous_sign_in_at = signed_in_at, signed_in_at = ? where id = ?")
                .params(utc(now), id)
                .update();
    }

    /** What happened to the account since its previous sign-in, as its owner sees it after signing in. */
    record SignInHistory(
            Instant previousSignInAt,
            int failuresBefore,
            Instant lastLockedAt,
            Instant lockedUntil,
            int failedAttempts) {}

    Optional<SignInHistory> signInHistory(long id) {
        return jdbc.sql(
                        "select previous_sign_in_at, failures_before_sign_in, last_locked_at, locked_until, failed_attempts "
                                + "from staff_member where id = ?")
                .param(id)
                .query((rs, n) -> new SignInHistory(
                        instant(rs, "previous_sign_in_at"),
                        rs.getInt("failures_before_sign_in"),
                        instant(rs, "last_locked_at"),
                        instant(rs, "locked_until"),
                        rs.getInt("failed_attempts")))
                .optional();
    }

    /** Stores the TOTP secret sealed with SM4 (issue 9 §11); it is opened only to check a code. */
    void setTotpSecret(long id, String secret) {
        jdbc.sql("update staff_member set totp_secret = ?, totp_last_step = null, version = version + 1 where id = ?")
                .params(secrets.seal(secret), id)
                .update();
    }

    /** Seals TOTP secrets stored in clear before encryption at rest; returns how many. */
    int sealClearTotpSecrets() {
        List<Object[]> clear = jdbc.sql("select id, totp_secret from staff_member where totp_secret is not null "
                        + "and totp_secret not like 'sm4:%'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        for (Object[] row : clear) {
            jdbc.sql("update staff_member set totp_secret = ? where id = ? and totp_secret = ?")
                    .params(secrets.seal((String) row[1]), row[0], row[1])
                    .update();
        }
        return clear.size();
    }

    /**
     * Uses the time step of a TOTP code once (RFC 6238 §5.2): true only for the one attempt that moves the
     * account's last step forward, however many present the same code at the same moment.
     */
    boolean consumeTotpStep(long id, long step) {
        return jdbc.sql("update staff_member set totp_last_step = ? where id = ? "
                                + "and (totp_last_step is null or totp_last_step < ?)")
                        .params(step, id, step)
                        .update()
                == 1;
    }

    // --- grants

    List<RoleGrant> grants(long staffId) {
        return jdbc.sql(
                        "select g.id, g.staff_id, g.role, g.organization_id, o.name as organization_name, g.include_subtree, "
                                + "g.granted_at, g.granted_by from role_grant g left join organization o on o.id = g.organization_id where g.staff_id = ? order by g.id")
                .param(staffId)
                .query(StaffRepository::grant)
                .list();
    }

    List<RoleGrant> allGrants() {
        return jdbc.sql(
                        "select g.id, g.staff_id, g.role, g.organization_id, o.name as organization_name, g.include_subtree, "
                                + "g.granted_at, g.granted_by from role_grant g left join organization o on o.id = g.organization_id order by g.staff_id, g.id")
                .query(StaffRepository::grant)
                .list();
    }

    Optional<RoleGrant> grant(long id) {
        return jdbc.sql(
                        "select g.id, g.staff_id, g.role, g.organization_id, o.name as organization_name, g.include_subtree, "
                                + "g.granted_at, g.granted_by from role_grant g left join organization o on o.id = g.organization_id where g.id = ?")
                .param(id)
                .query(StaffRepository::grant)
                .optional();
    }

    long insertGrant(long staffId, Role role, Long organizationId, boolean subtree, Instant now, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into role_grant (staff_id, role, organization_id, include_subtree, granted_at, granted_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(staffId, role.name(), organizationId, subtree, utc(now), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteGrant(long id) {
        jdbc.sql("delete from role_grant where id = ?").param(id).update();
    }

    // --- policy

    PasswordPolicy policy() {
        return jdbc.sql("select min_length, max_age_days, lockout_threshold, lockout_minutes, version "
                        + "from password_policy where id = 1")
                .query((rs, n) ->
                        new PasswordPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    boolean updatePolicy(PasswordPolicy p) {
        return jdbc.sql("update password_policy set min_length = ?, max_age_days = ?, lockout_threshold = ?, "
                                + "lockout_minutes = ?, version = version + 1 where id = 1 and version = ?")
                        .params(p.minLength(), p.maxAgeDays(), p.lockoutThreshold(), p.lockoutMinutes(), p.version())
                        .update()
                == 1;
    }

    private static StaffMember staff(ResultSet rs, int n) throws SQLException {
        return new StaffMember(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("phone"),
                rs.getObject("organization_id", Long.class),
                rs.getBoolean("enabled"),
                instant(rs, "locked_until"),
                rs.getBoolean("must_change_password"),
                rs.getString("totp_secret") != null,
                rs.getInt("version"));
    }

    private static RoleGrant grant(ResultSet rs, int n) throws SQLException {
        return new RoleGrant(
                rs.getLong("id"),
                rs.getLong("staff_id"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("organization_id", Long.class),
                rs.getString("organization_name"),
                rs.getBoolean("include_subtree"),
                instant(rs, "granted_at"),
                rs.getString("granted_by"));
    }
}
