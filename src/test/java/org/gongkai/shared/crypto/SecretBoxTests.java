package org.gongkai.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 §11: secrets at rest sealed with SM4-GCM under a key kept outside the database. */
class SecretBoxTests {

    @TempDir
    Path dataDir;

    @Test
    void aKeyFileIsCreatedOnceOwnerReadableAndSealsRoundTrip() throws Exception {
        KeyRing keys = new KeyRing("", dataDir.toString());
        Path file = dataDir.resolve(KeyRing.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String firstKey = Files.readString(file);
        SecretBox box = new SecretBox(keys);
        String sealed = box.seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(sealed).startsWith("sm4:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(box.seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
                .as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        // the next start reads the same file
        assertThat(new SecretBox(new KeyRing("", dataDir.toString())).open(sealed))
                .isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(Files.readString(file)).isEqualTo(firstKey);
        assertThat(box.open("PLAINSECRET"))
                .as("a secret from before sealing reads as it is")
                .isEqualTo("PLAINSECRET");
    }

    @Test
    void anotherKeyOrATamperedValueIsRefused() {
        SecretBox box =
                new SecretBox(new KeyRing(Base64.getEncoder().encodeToString(new byte[32]), dataDir.toString()));
        String sealed = box.seal("secret");
        byte[] other = new byte[32];
        other[0] = 1;
        SecretBox wrong = new SecretBox(new KeyRing(Base64.getEncoder().encodeToString(other), dataDir.toString()));
        assertThatThrownBy(() -> wrong.open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("主密钥");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(4));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open("sm4:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new KeyRing("c2hvcnQ=", dataDir.toString())).hasMessageContaining("应为 32 字节");
    }
}
