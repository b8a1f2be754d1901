package org.gongkai.shared.web;

import java.io.IOException;

/**
 * A request body of the API beyond {@link #LIMIT}: the body is refused while it is read, before anything is built from
 * it (a JSON application is a few kilobytes; a client streaming megabytes is either broken or hostile).
 */
public class BodyTooLarge extends IOException {

    /** The largest JSON body the API reads. */
    public static final int LIMIT = 64 * 1024;

    /** What the client is told, whether the length was declared or found while reading. */
    static final String MESSAGE = "请求正文超过 " + LIMIT / 1024 + " KB，请分批提交。";

    BodyTooLarge() {
        super("request body over " + LIMIT + " bytes");
    }
}
