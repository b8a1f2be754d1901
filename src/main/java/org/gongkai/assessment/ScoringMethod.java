package org.gongkai.assessment;

/** How a rubric item gets its points (issue 16 §2). */
public enum ScoringMethod {
    /** From an indicator the platform computes, by the item's rule. */
    AUTO("自动计分"),
    /** By the office, with evidence and a reason (what the platform cannot see). */
    MANUAL("人工评分"),
    /** From the public appraisal questionnaire (社会评议) run on the portal. */
    QUESTIONNAIRE("社会评议");

    private final String label;

    ScoringMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
