package org.gongkai.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * Secrets at rest (TOTP secrets and the like), encrypted with SM4 in GCM mode (BouncyCastle) under a key derived
 * from the {@link KeyRing}: {@code sm4:} followed by Base64 of a random 12-byte nonce and the ciphertext with its
 * 16-byte tag. A value without the prefix is a secret stored before encryption, read as it is until the
 * start-up re-encrypts it.
 */
@Component
public class SecretBox {

    static final String PREFIX = "sm4:";
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @org.springframework.beans.factory.annotation.Autowired
    public SecretBox(KeyRing keys) {
        this(keys, "secrets-at-rest");
    }

    private SecretBox(KeyRing keys, String purpose) {
        this.key = new SecretKeySpec(keys.derive(purpose, 16), "SM4");
    }

    /** A box under its own key, for one kind of data (applicants' personal data …): one key never seals two kinds. */
    public static SecretBox forPurpose(KeyRing keys, String purpose) {
        return new SecretBox(keys, purpose);
    }

    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("密文无法解密：主密钥与加密时不同，或数据已损坏", e);
        }
        return new String(openBytes(in), StandardCharsets.UTF_8);
    }

    /** Bytes sealed the same way, without the text prefix: the 12-byte nonce, then the ciphertext and its tag. */
    public byte[] sealBytes(byte[] plain) {
        try {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 加密失败", e);
        }
    }

    public byte[] openBytes(byte[] in) {
        try {
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return cipher.doFinal(in, 12, in.length - 12);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("密文无法解密：主密钥与加密时不同，或数据已损坏", e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
