package org.gongkai.audit;

/** The result of an audited action. */
public enum Outcome {
    SUCCESS("成功"),
    FAILURE("失败"),
    DENIED("拒绝");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
