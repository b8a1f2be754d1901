package org.gongkai.organization;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

    private static final String COLUMNS = "id, username, display_name, phone, organization_id, enabled, locked_until, "
            + "must_change_password, totp_secret, version";

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What sign-in needs, including the secrets that never leave this module. */
    record Credentials(long id, String username, String displayName, Long organizationId, String passwordHash,
            Instant passwordChangedAt, boolean mustChangePassword, int failedAttempts, Instant lockedUntil,
            String totpSecret, Long totpLastStep, boolean enabled) {
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, username, display_name, organization_id, password_hash, password_changed_at, "
                        + "must_change_password, failed_attempts, locked_until, totp_secret, totp_last_step, enabled "
                        + "from staff_member where username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getObject("organization_id", Long.class),
                        rs.getString("password_hash"), instant(rs, "password_changed_at"),
                        rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
                        instant(rs, "locked_until"), rs.getString("totp_secret"),
                        rs.getObject("totp_last_step", Long.class), rs.getBoolean("enabled")))
                .optional();
    }

    Optional<Credentials> credentials(long id) {
        return jdbc.sql("select username from staff_member where id = ?").param(id).query(String.class).optional()
                .flatMap(this::credentials);
    }

    List<StaffMember> all() {
        return jdbc.sql("select " + COLUMNS + " from staff_member order by organization_id, id")
                .query(StaffRepository::staff).list();
    }

    Optional<StaffMember> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff_member where id = ?").param(id)
                .query(StaffRepository::staff).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from staff_member").query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from staff_member where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
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
                .params(d.displayName(), d.phone(), d.organizationId(), enabled, id, version).update() == 1;
    }

    void setPassword(long id, String hash, Instant now, boolean mustChange) {
        jdbc.sql("update staff_member set password_hash = ?, password_changed_at = ?, must_change_password = ?, "
                        + "failed_attempts = 0, locked_until = null, version = version + 1 where id = ?")
                .params(hash, utc(now), mustChange, id).update();
    }

    void recordFailure(long id, int attempts, Instant lockedUntil) {
        jdbc.sql("update staff_member set failed_attempts = ?, locked_until = ? where id = ?")
                .params(attempts, lockedUntil == null ? null : utc(lockedUntil), id).update();
    }

    void recordSuccess(long id) {
        jdbc.sql("update staff_member set failed_attempts = 0, locked_until = null where id = ?").param(id).update();
    }

    void setTotpSecret(long id, String secret) {
        jdbc.sql("update staff_member set totp_secret = ?, totp_last_step = null, version = version + 1 where id = ?")
                .params(secret, id).update();
    }

    void setTotpLastStep(long id, long step) {
        jdbc.sql("update staff_member set totp_last_step = ? where id = ?").params(step, id).update();
    }

    // --- grants

    List<RoleGrant> grants(long staffId) {
        return jdbc.sql("select g.id, g.staff_id, g.role, g.organization_id, o.name as organization_name, g.include_subtree, "
                        + "g.granted_at, g.granted_by from role_grant g left join organization o on o.id = g.organization_id where g.staff_id = ? order by g.id")
                .param(staffId).query(StaffRepository::grant).list();
    }

    List<RoleGrant> allGrants() {
        return jdbc.sql("select g.id, g.staff_id, g.role, g.organization_id, o.name as organization_name, g.include_subtree, "
                        + "g.granted_at, g.granted_by from role_grant g left join organization o on o.id = g.organization_id order by g.staff_id, g.id")
                .query(StaffRepository::grant).list();
    }

    Optional<RoleGrant> grant(long id) {
        return jdbc.sql("select g.id, g.staff_id, g.role, g.organization_id, o.name as organization_name, g.include_subtree, "
                        + "g.granted_at, g.granted_by from role_grant g left join organization o on o.id = g.organization_id where g.id = ?")
                .param(id).query(StaffRepository::grant).optional();
    }

    long insertGrant(long staffId, Role role, Long organizationId, boolean subtree, Instant now, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into role_grant (staff_id, role, organization_id, include_subtree, granted_at, granted_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(staffId, role.name(), organizationId, subtree, utc(now), by).update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteGrant(long id) {
        jdbc.sql("delete from role_grant where id = ?").param(id).update();
    }

    // --- policy

    PasswordPolicy policy() {
        return jdbc.sql("select min_length, max_age_days, lockout_threshold, lockout_minutes, version "
                        + "from password_policy where id = 1")
                .query((rs, n) -> new PasswordPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    boolean updatePolicy(PasswordPolicy p) {
        return jdbc.sql("update password_policy set min_length = ?, max_age_days = ?, lockout_threshold = ?, "
                        + "lockout_minutes = ?, version = version + 1 where id = 1 and version = ?")
                .params(p.minLength(), p.maxAgeDays(), p.lockoutThreshold(), p.lockoutMinutes(), p.version())
                .update() == 1;
    }

    private static StaffMember staff(ResultSet rs, int n) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("phone"), rs.getObject("organization_id", Long.class), rs.getBoolean("enabled"),
                instant(rs, "locked_until"), rs.getBoolean("must_change_password"), rs.getString("totp_secret") != null,
                rs.getInt("version"));
    }

    private static RoleGrant grant(ResultSet rs, int n) throws SQLException {
        return new RoleGrant(rs.getLong("id"), rs.getLong("staff_id"), Role.valueOf(rs.getString("role")),
                rs.getObject("organization_id", Long.class), rs.getString("organization_name"),
                rs.getBoolean("include_subtree"),
                instant(rs, "granted_at"), rs.getString("granted_by"));
    }


}
