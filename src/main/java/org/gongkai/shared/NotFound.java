package org.gongkai.shared;

/** What was asked for does not exist, or is not public; pages answer 404 with the message, in Chinese. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
