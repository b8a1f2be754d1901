package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret by which the static publisher's own requests are known: random for each process, compared in constant
 * time. A plain object (the publisher is proxied for its event listeners, and this is asked on every request).
 */
final class PublicationToken {

    static final String HEADER = "X-Gongkai-Static-Publication";

    private final String value;
    private final byte[] bytes;

    PublicationToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.bytes = value.getBytes(StandardCharsets.US_ASCII);
    }

    String value() {
        return value;
    }

    boolean matches(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return header != null && MessageDigest.isEqual(bytes, header.getBytes(StandardCharsets.US_ASCII));
    }
}
