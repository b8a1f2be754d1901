package org.gongkai.information;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The body of a record: what editors paste is kept only after the OWASP sanitizer has removed scripts,
 * event handlers, styles and foreign elements; text without markup becomes paragraphs.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("br", "hr", "sub", "sup").toFactory());

    private RichText() {}

    static String sanitize(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String html = input.strip();
        if (!html.contains("<")) {
            StringBuilder paragraphs = new StringBuilder();
            for (String line : html.split("\\R")) {
                if (!line.isBlank()) {
                    paragraphs.append("<p>").append(escape(line.strip())).append("</p>\n");
                }
            }
            return paragraphs.toString();
        }
        String clean = POLICY.sanitize(html);
        return clean.isBlank() ? null : normalize(clean);
    }

    /**
     * The sanitized HTML re-serialized by jsoup, so that text is kept as text: the sanitizer writes {@code @} as
     * {@code &#64;} and full-width punctuation as numeric references, which the editor then saw in the edit box and
     * which no scan finding could be matched against (issue 9 §17). Only {@code & < > "} and no-break spaces stay
     * escaped.
     */
    static String normalize(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base)
                .charset(StandardCharsets.UTF_8);
        return document.body().html();
    }

    /**
     * The body with {@code matched} replaced by {@code replacement} wherever it stands inside one run of text,
     * the replacement inserted as text (never as markup) and the result sanitized again (issue 9 §18); null when
     * the text is not found within a single run (split by formatting).
     */
    static String replaceText(String html, String matched, String replacement) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        boolean[] found = {false};
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode text && text.getWholeText().contains(matched)) {
                        text.text(text.getWholeText().replace(matched, replacement));
                        found[0] = true;
                    }
                },
                document.body());
        return found[0] ? sanitize(document.body().html()) : null;
    }

    /** The body with the personal information of every run of text masked, sanitized again (a revision's redaction). */
    static String maskPersonalInformation(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode text) {
                        String masked = org.gongkai.shared.PersonalInformationScanner.mask(text.getWholeText());
                        if (!masked.equals(text.getWholeText())) {
                            text.text(masked);
                        }
                    }
                },
                document.body());
        return sanitize(document.body().html());
    }

    /** The words of the body, for scanning and searching. */
    static String text(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, br").after(" ");
        return document.text();
    }

    /** Markup characters escaped (&, <, >, " and '); text in UTF-8 stays as it is. */
    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
