package org.gongkai.organization;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s steps, one step of drift either way) for the three
 * administrator roles, on the injected clock. A code is accepted once: the step it matched must be
 * later than the last one accepted for the account (RFC 6238 §5.2), so an overheard code cannot be replayed.
 */
@Component
class SecondFactor {

    static final String ISSUER = "gongkai";

    static final int STEP_SECONDS = 30;

    private final StaffRepository staff;
    private final Clock clock;
    private final CodeGenerator generator = new DefaultCodeGenerator();

    SecondFactor(StaffRepository staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    boolean requiredFor(long staffId) {
        return requiredBy(staff.grants(staffId));
    }

    /** The three administrator roles sign in with a second factor. */
    static boolean requiredBy(List<RoleGrant> grants) {
        return grants.stream().anyMatch(g -> g.role().isAdministrator());
    }

    /**
     * The time step the code matches (now, or one step before or after), later than {@code lastStep};
     * or -1 when it matches none.
     */
    long matchingStep(String secret, String code, Long lastStep) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return -1;
        }
        long now = clock.instant().getEpochSecond() / STEP_SECONDS;
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        for (long step = now - 1; step <= now + 1; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            try {
                byte[] expected = generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, given)) {
                    return step;
                }
            } catch (CodeGenerationException e) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Checks the account's code and, when it is good, uses its step up in the same statement that checks it is
     * still unused, so one code signs in once even when presented by several requests at the same moment.
     */
    boolean verifyAndConsume(long staffId, String secret, String code, Long lastStep) {
        long step = matchingStep(secret, code, lastStep);
        return step >= 0 && staff.consumeTotpStep(staffId, step);
    }

    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    String otpauthUri(String username, String secret) {
        return data(username, secret).getUri();
    }

    String qrDataUri(String username, String secret) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data(username, secret)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("二维码生成失败", e);
        }
    }

    private static QrData data(String username, String secret) {
        return new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(ISSUER)
                .digits(6)
                .period(30)
                .build();
    }
}
