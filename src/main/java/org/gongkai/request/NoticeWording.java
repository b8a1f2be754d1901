package org.gongkai.request;

import java.util.EnumMap;
import java.util.Map;

/** The wording a unit's letters use: each paragraph's text as its supervising office set it, or the default. */
final class NoticeWording {

    /** The built-in wording, for letters composed without an office's texts. */
    static final NoticeWording DEFAULT = new NoticeWording(Map.of());

    private final Map<NoticeTemplate, String> texts;

    NoticeWording(Map<NoticeTemplate, String> texts) {
        this.texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
    }

    /** The paragraph with the case's values in its placeholders. */
    String text(NoticeTemplate template, Map<String, String> values) {
        return NoticeTemplate.render(texts.getOrDefault(template, template.defaultText()), values);
    }

    String text(NoticeTemplate template) {
        return text(template, Map.of());
    }
}
