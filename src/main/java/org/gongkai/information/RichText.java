package org.gongkai.information;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The body of a record: what editors paste is kept only after the OWASP sanitizer has removed scripts,
 * event handlers, styles and foreign elements; text without markup becomes paragraphs.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS).and(new HtmlPolicyBuilder().allowElements("br", "hr", "sub", "sup").toFactory());

    private RichText() {
    }

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
        return clean.isBlank() ? null : clean;
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
