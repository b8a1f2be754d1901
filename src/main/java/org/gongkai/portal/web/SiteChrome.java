package org.gongkai.portal.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import org.gongkai.portal.Site;

/**
 * What a public page shows of its site (网站群), as HTML: the name (in the title and the header) and the footer (主办单位,
 * 承办单位, 网站标识码, ICP备案号, 公安机关备案号). Pages take it from here, and the render cache puts one site's chrome in
 * place of another's, so a page that shows the same records under every site is rendered once for all of them.
 *
 * @param key the site's id, or empty for the main portal
 */
record SiteChrome(String key, String nameHtml, String footerHtml, byte[] name, byte[] footer) {

    static SiteChrome of(Site site, String mainName) {
        String name = site == null ? mainName : site.name();
        String sponsor = site == null || site.sponsor() == null ? mainName : site.sponsor();
        StringBuilder footer = new StringBuilder();
        span(footer, "主办单位：", sponsor);
        if (site != null) {
            span(footer, "承办单位：", site.operator());
            span(footer, "网站标识码：", site.siteCode());
            span(footer, "", site.icpNumber());
            span(footer, "", site.policeNumber());
        }
        String nameHtml = htmlEscape(name, "UTF-8");
        String footerHtml = footer.toString();
        return new SiteChrome(
                site == null ? "" : Long.toString(site.id()),
                nameHtml,
                footerHtml,
                nameHtml.getBytes(StandardCharsets.UTF_8),
                footerHtml.getBytes(StandardCharsets.UTF_8));
    }

    private static void span(StringBuilder out, String label, String value) {
        if (value == null) {
            return;
        }
        out.append(out.isEmpty() ? "" : " ").append("<span>");
        if (label.isEmpty()) {
            out.append(htmlEscape(value, "UTF-8"));
        } else {
            out.append(label)
                    .append("<span>")
                    .append(htmlEscape(value, "UTF-8"))
                    .append("</span>");
        }
        out.append("</span>");
    }
}
