package org.gongkai.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's master key, kept outside the database, and the keys derived from it for each purpose (issue 9
 * §11, §14). From the environment ({@code GONGKAI_SECRET_KEY}: 32 random bytes in Base64, the same on every node
 * of a province), or on the embedded default from {@code <data-dir>/keys/master.key}, created at the first
 * start (owner-readable only). Back the key up with the database: without it the TOTP secrets cannot be read
 * and the audit chain cannot be verified.
 */
@Component
public class KeyRing {

    static final String FILE = "keys/master.key";
    private final byte[] master;

    public KeyRing(
            @Value("${gongkai.secret-key:${GONGKAI_SECRET_KEY:}}") String configured,
            @Value("${gongkai.data-dir}") String dataDir) {
        this.master = configured != null && !configured.isBlank()
                ? decode(configured.strip(), "GONGKAI_SECRET_KEY")
                : fromFile(Path.of(dataDir, FILE));
    }

    /** A key for one purpose ("totp-secrets", "audit-chain" …): HMAC-SM3 of the purpose under the master key. */
    public byte[] derive(String purpose, int length) {
        if (length > 32) {
            throw new IllegalArgumentException("at most 32 bytes");
        }
        return Arrays.copyOf(hmac(master, purpose.getBytes(StandardCharsets.UTF_8)), length);
    }

    /** HMAC-SM3 of the data under the key. */
    public static byte[] hmac(byte[] key, byte[] data) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(
                            file,
                            Base64.getEncoder().encodeToString(fresh) + "\n",
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: the directory's permissions protect it
                    }
                } catch (FileAlreadyExistsException e) {
                    // another process created it first: use that one
                }
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("主密钥文件 " + file + " 无法读取或创建", e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("主密钥（" + where + "）不是 Base64 编码");
        }
        if (key.length != 32) {
            throw new IllegalStateException("主密钥（" + where + "）应为 32 字节（Base64 编码后 44 个字符），实为 " + key.length + " 字节");
        }
        return key;
    }
}
