package org.gongkai.shared;

/**
 * A service the page needs is not reachable for the moment (e.g. the search cluster): the visitor gets 503 and a
 * Chinese message saying what to do instead, never a stack trace; the cause is logged, without request data.
 */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
