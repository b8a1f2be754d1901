package org.gongkai.assessment;

/**
 * How an automatic item turns its indicator into points. A unit with nothing to measure in the period (no requests, no
 * consultation closed…) loses nothing: 本期无此项业务，不扣分.
 */
public enum ScoringRule {
    /** The item's points in proportion to the share against its requirement (90% of a 100% requirement: 90%). */
    PROPORTIONAL("按比例得分"),
    /** All the points when the requirement is met, none otherwise. */
    ALL_OR_NOTHING("达到要求得满分，否则不得分");

    private final String label;

    ScoringRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
