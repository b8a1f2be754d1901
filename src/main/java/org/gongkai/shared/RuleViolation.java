package org.gongkai.shared;

/**
 * A request that breaks a business rule or carries invalid input. The message is Chinese, meant for
 * the user, and says what to fix; {@code field} names the form field it concerns (or is null).
 * Thrown before anything is written, or inside the transaction that it then rolls back.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public RuleViolation(String message) {
        this(null, message);
    }

    public String field() {
        return field;
    }
}
