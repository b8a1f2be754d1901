package org.gongkai.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.Actors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an empty installation: creates the three built-in administrator accounts of
 * 三员分立 (system, security, audit), each with a platform-wide grant. Without all three nobody could
 * grant a role or read the audit trail. Does nothing once any account exists.
 */
@Service
public class PlatformBootstrap {

    /** One built-in administrator; a null password means "generate a one-time password". */
    public record AdministratorSeed(
            String username, String displayName, Role role, String password, String totpSecret) {}

    /** What was created; {@code password} is shown once when it was generated. */
    public record CreatedAdministrator(long staffId, String username, Role role, String password, boolean mustChange) {}

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    PlatformBootstrap(StaffRepository staff, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public static List<AdministratorSeed> defaultSeeds() {
        return List.of(
                new AdministratorSeed("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, null, null),
                new AdministratorSeed("secadmin", "安全管理员", Role.SECURITY_ADMIN, null, null),
                new AdministratorSeed("auditadmin", "审计管理员", Role.AUDIT_ADMIN, null, null));
    }

    public boolean isEmpty() {
        return staff.count() == 0;
    }

    @Transactional
    public List<CreatedAdministrator> createAdministrators(List<AdministratorSeed> seeds) {
        if (!isEmpty()) {
            return List.of();
        }
        List<CreatedAdministrator> created = new ArrayList<>();
        for (AdministratorSeed seed : seeds) {
            boolean generated = seed.password() == null;
            String password = generated ? OneTimePasswords.generate() : seed.password();
            long id = staff.insert(
                    new StaffDraft(seed.username(), seed.displayName(), null, null),
                    encoder.encode(password),
                    clock.instant());
            staff.setPassword(id, encoder.encode(password), clock.instant(), generated);
            if (seed.totpSecret() != null) {
                staff.setTotpSecret(id, seed.totpSecret());
            }
            staff.insertGrant(id, seed.role(), null, true, clock.instant(), Actors.SYSTEM);
            audit.record(
                    "STAFF_CREATE",
                    "staff:" + id,
                    Outcome.SUCCESS,
                    seed.username() + " " + seed.role().name() + "（首次启动内置账号）");
            created.add(new CreatedAdministrator(id, seed.username(), seed.role(), password, generated));
        }
        return created;
    }
}
