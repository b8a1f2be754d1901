package org.gongkai.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff API tokens (issue 11 §2, §9): a hotline or a provincial platform registers applications and records their
 * steps through the JSON API as one staff account — the account's roles, read afresh on every call, decide what the
 * token may do, exactly as for a signed-in person. The system administrator who manages the account issues and
 * revokes its tokens; an administrator's account (三员) never has one, since it signs in only with a second factor.
 * A token is 200 random bits shown once; only its SHA-256 is kept.
 */
@Service
public class ApiTokens {

    /** Prefix of every token: lets a secret scanner and a reader recognise one. */
    static final String PREFIX = "gk_";

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int RANDOM_CHARACTERS = 40;
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "[a-z2-7]{" + RANDOM_CHARACTERS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Longest validity an administrator may choose; the default is a year. */
    public static final int MAX_DAYS = 730;

    /** Active tokens one account may hold at once (one per connected system is the expected use). */
    public static final int MAX_ACTIVE = 5;

    private final ApiTokenRepository tokens;
    private final StaffRepository staff;
    private final StaffAdministration administration;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(
            ApiTokenRepository tokens,
            StaffRepository staff,
            StaffAdministration administration,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.tokens = tokens;
        this.staff = staff;
        this.administration = administration;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just issued: the only time its text exists outside the client that will hold it. */
    public record Issued(long id, long staffId, String username, String token, Instant expiresAt) {}

    /** Who a presented token acts as, with the roles the account holds now. */
    public record Bearer(StaffPrincipal principal, List<RoleGrant> grants, long tokenId) {}

    @Transactional(readOnly = true)
    public List<ApiToken> of(long staffId) {
        administration.account(staffId);
        return tokens.ofStaff(staffId);
    }

    /** Whether the signed-in administrator may issue and revoke this account's tokens. */
    @Transactional(readOnly = true)
    public boolean canManage(StaffMember member) {
        return !administrator(member.id()) && access.can(Role.SYSTEM_ADMIN, member.organizationId());
    }

    @Transactional
    public Issued issue(long staffId, String name, Integer days) {
        StaffMember member = administration.account(staffId);
        access.require(Role.SYSTEM_ADMIN, member.organizationId(), "API_TOKEN_ISSUE");
        if (administrator(staffId)) {
            throw new RuleViolation("name", "系统管理员、安全管理员、审计管理员的账号不能使用接口令牌：这些账号须以密码加动态口令登录（三员分立）。");
        }
        if (!member.enabled()) {
            throw new RuleViolation("name", "该账号已停用，不能签发接口令牌；请先启用账号。");
        }
        String cleanName = Texts.clean(name);
        if (cleanName == null || cleanName.length() < 2 || cleanName.length() > 60) {
            throw new RuleViolation("name", "请写明令牌的用途（2 到 60 字），例如“12345 热线”或“省政务公开平台”，便于日后识别和撤销。");
        }
        int validity = days == null ? 365 : days;
        if (validity < 1 || validity > MAX_DAYS) {
            throw new RuleViolation("days", "有效期须在 1 到 " + MAX_DAYS + " 天之间；到期后请签发新令牌。");
        }
        Instant now = clock.instant();
        if (tokens.activeCount(staffId, now) >= MAX_ACTIVE) {
            throw new RuleViolation("name", "该账号已有 " + MAX_ACTIVE + " 个有效令牌；请先撤销不再使用的令牌。");
        }
        String token = generate();
        Instant expiresAt = now.plus(Duration.ofDays(validity));
        long id = tokens.insert(
                staffId,
                cleanName,
                token.substring(0, PREFIX.length() + 6),
                hash(token),
                now,
                access.current().username(),
                expiresAt);
        audit.record(
                "API_TOKEN_ISSUE",
                "staff:" + staffId,
                Outcome.SUCCESS,
                member.username() + " 令牌 " + id + "（" + cleanName + "），" + validity + " 天有效");
        return new Issued(id, staffId, member.username(), token, expiresAt);
    }

    @Transactional
    public void revoke(long tokenId, int version) {
        ApiToken token = tokens.find(tokenId).orElseThrow(() -> new RuleViolation("该令牌不存在。"));
        StaffMember member = administration.account(token.staffId());
        access.require(Role.SYSTEM_ADMIN, member.organizationId(), "API_TOKEN_REVOKE");
        if (token.revokedAt() != null) {
            throw new RuleViolation("该令牌已于此前撤销。");
        }
        if (!tokens.revoke(tokenId, version, clock.instant(), access.current().username())) {
            throw new RuleViolation("该令牌已被他人修改，请刷新页面后重试。");
        }
        audit.record(
                "API_TOKEN_REVOKE",
                "staff:" + token.staffId(),
                Outcome.SUCCESS,
                member.username() + " 令牌 " + tokenId + "（" + token.name() + "）");
    }

    /**
     * The account a presented token acts as, when the token is well formed, known, not revoked, not expired, and its
     * account enabled and not an administrator's; empty otherwise (the caller answers 401 without saying which).
     */
    @Transactional
    public Optional<Bearer> authenticate(String presented) {
        if (presented == null || !FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.byHash(hash(presented)).filter(t -> t.activeAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        StaffRepository.Credentials account = staff.credentials(token.staffId()).orElse(null);
        if (account == null || !account.enabled()) {
            return Optional.empty();
        }
        List<RoleGrant> grants = staff.grants(token.staffId());
        if (grants.stream().anyMatch(g -> g.role().isAdministrator())) {
            return Optional.empty();
        }
        tokens.used(token.id(), now);
        return Optional.of(new Bearer(
                new StaffPrincipal(account.id(), account.username(), account.displayName(), account.organizationId()),
                grants,
                token.id()));
    }

    private boolean administrator(long staffId) {
        return staff.grants(staffId).stream().anyMatch(g -> g.role().isAdministrator());
    }

    static String generate() {
        StringBuilder token = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
