package org.gongkai.organization;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 s) for the three administrator roles, on the injected clock. */
@Component
class SecondFactor {

    static final String ISSUER = "gongkai";

    private final StaffRepository staff;
    private final DefaultCodeVerifier verifier;

    SecondFactor(StaffRepository staff, Clock clock) {
        this.staff = staff;
        CodeGenerator generator = new DefaultCodeGenerator();
        this.verifier = new DefaultCodeVerifier(generator, () -> clock.instant().getEpochSecond());
        this.verifier.setAllowedTimePeriodDiscrepancy(1);
    }

    boolean requiredFor(long staffId) {
        return staff.grants(staffId).stream().anyMatch(g -> g.role().isAdministrator());
    }

    boolean verify(String secret, String code) {
        return code != null && code.strip().matches("\\d{6}") && verifier.isValidCode(secret, code.strip());
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
        return new QrData.Builder().label(username).secret(secret).issuer(ISSUER).digits(6).period(30).build();
    }
}
