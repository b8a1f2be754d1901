package org.gongkai.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several fields of one form are wrong at once: each message says what to fix in its field, so that a person filling
 * in a long form (an application, 第二十九条) learns everything in one answer. The first message is the summary.
 */
public class InvalidFields extends RuleViolation {

    private final Map<String, String> errors;

    public InvalidFields(Map<String, String> errors) {
        super(
                errors.keySet().iterator().next(),
                errors.size() == 1
                        ? errors.values().iterator().next()
                        : "有 " + errors.size() + " 处需要修改："
                                + errors.values().iterator().next() + "……");
        this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    @Override
    public java.util.List<String> problems() {
        return java.util.List.copyOf(errors.values());
    }

    /** Field name → what to fix, in the order of the form. */
    public Map<String, String> errors() {
        return errors;
    }

    /**
     * Runs a form's own check together with what was found wrong elsewhere on the same form (the addressee, the
     * files), so that one answer names every fault: {@code first}'s fields, then the check's, then {@code last}'s.
     * Returns what the check returned when nothing is wrong anywhere.
     */
    public static <T> T together(
            Map<String, String> first, java.util.function.Supplier<T> check, Map<String, String> last) {
        Map<String, String> all = new LinkedHashMap<>(first);
        T checked = null;
        try {
            checked = check.get();
        } catch (InvalidFields e) {
            all.putAll(e.errors());
        }
        all.putAll(last);
        if (!all.isEmpty()) {
            throw new InvalidFields(all);
        }
        return checked;
    }

    /** Collects the violations of a form's fields, then throws them together. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        /** Runs one check; a violation is recorded under its field (or {@code field}) instead of thrown. */
        public <T> T check(String field, java.util.function.Supplier<T> check) {
            try {
                return check.get();
            } catch (RuleViolation e) {
                errors.putIfAbsent(e.field() == null ? field : e.field(), e.getMessage());
                return null;
            }
        }

        /** A text field stripped, null when blank; longer than {@code max} is reported, never cut. */
        public String text(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String s = value.strip();
            if (s.length() > max) {
                add(field, "内容过长：最多 " + max + " 个字符，当前 " + s.length() + " 个，请精简。");
            }
            return s;
        }

        public void add(String field, String message) {
            errors.putIfAbsent(field, message);
        }

        /** Field name → what to fix, as collected so far. */
        public Map<String, String> errors() {
            return java.util.Collections.unmodifiableMap(errors);
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidFields(errors);
            }
        }
    }
}
