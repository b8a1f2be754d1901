package org.gongkai.information;

/** A phrase the scan flags: erroneous wording with its correction, or sensitive wording to confirm. */
public record WordingRule(long id, String phrase, String replacement, Kind kind, String note) {

    public enum Kind {
        ERRONEOUS("错误表述"),
        SENSITIVE("敏感表述");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
