package org.gongkai.information;

/**
 * A phrase the scan flags: erroneous wording with its correction, serious erroneous wording (严重表述错误: a veto of the
 * site inspection, 国办秘函〔2019〕19号, RULES §5.2) with its correction, or sensitive wording to confirm.
 */
public record WordingRule(long id, String phrase, String replacement, Kind kind, String note) {

    public enum Kind {
        ERRONEOUS("错误表述"),
        SERIOUS("严重表述错误"),
        SENSITIVE("敏感表述");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the wording is wrong and has a correction (erroneous or serious), rather than one to confirm. */
        public boolean wrong() {
            return this != SENSITIVE;
        }
    }
}
