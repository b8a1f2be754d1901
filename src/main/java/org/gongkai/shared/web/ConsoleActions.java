package org.gongkai.shared.web;

import java.util.function.Supplier;
import org.gongkai.shared.RuleViolation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What console pages share: posted actions that return with a notice or the broken rule. */
public final class ConsoleActions {

    private ConsoleActions() {}

    /** Runs a posted action and returns to {@code page} with its notice, or with the rule it broke. */
    public static String act(String page, RedirectAttributes redirect, String done, Runnable action) {
        return act(page, redirect, () -> {
            action.run();
            return new Done(page, done);
        });
    }

    /**
     * As {@link #act(String, RedirectAttributes, String, Runnable)}, and when the action breaks a rule the form's typed
     * values go back with it as {@code typed} (field name → value), so that the page shows them again and nothing
     * typed is lost.
     */
    public static String act(
            String page,
            RedirectAttributes redirect,
            String done,
            java.util.Map<String, String> typed,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:" + page;
    }

    /** Where a posted action that succeeded goes next, and the notice shown there. */
    public record Done(String page, String notice) {}

    /**
     * Runs a posted action that decides where to go and what to say (a new record's page, a notice carrying what was
     * read); when it breaks a rule, returns to {@code failPage} with the rule.
     */
    public static String act(String failPage, RedirectAttributes redirect, Supplier<Done> action) {
        try {
            Done done = action.get();
            redirect.addFlashAttribute("notice", done.notice());
            return "redirect:" + done.page();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:" + failPage;
        }
    }

    /**
     * A choice posted from a list (a select's value), or null when none was made; a value not in the list is refused
     * with a message naming {@code label}, never an error page.
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, label + "“" + value + "”不存在，请从列表中选择。");
        }
    }

    /** A missing lock version never matches, so a form without one is told the record changed. */
    public static int lock(Integer lockVersion) {
        return lockVersion == null ? -1 : lockVersion;
    }
}
