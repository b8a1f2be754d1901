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

    /**
     * The refusal of a guarded write whose row another user changed first (the state or version the page was built on
     * is gone): {@code what} names the thing, e.g. “该听证”.
     */
    public static RuleViolation changedMeanwhile(String what) {
        return new RuleViolation(what + "已被他人处理或修改，请刷新页面查看最新状态后再操作。");
    }

    /** Every problem to fix, as a page lists them: this one message, or each field's for {@link InvalidFields}. */
    public java.util.List<String> problems() {
        return java.util.List.of(getMessage());
    }

    public String field() {
        return field;
    }
}
