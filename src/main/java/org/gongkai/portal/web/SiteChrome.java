package org.gongkai.portal.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import org.gongkai.portal.MainPortal;
import org.gongkai.portal.Site;

/**
 * What a public page shows of its site (网站群), as HTML: the name (in the title and the header) and the footer every
 * government site carries (issue 14 §5): 主办单位, 承办单位, 网站标识码, ICP备案号 and 公安机关备案号 (each linked to
 * where it is verified), then 联系我们, 网站地图, the accessibility statement, and the 我为政府网站找错 and 党政机关网站标识
 * links the national platforms gave the site. Pages take it from here, and the render cache puts one site's chrome in
 * place of another's, so a page that shows the same records under every site is rendered once for all of them.
 *
 * @param key the site's id, or empty for the main portal
 */
record SiteChrome(String key, String nameHtml, String footerHtml, byte[] name, byte[] footer) {

    /** The address where the 公安机关备案号 is verified, followed by its digits. */
    static final String POLICE_RECORD = "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=";
    /** Where the ICP备案号 is verified (工业和信息化部政务服务平台). */
    static final String ICP_RECORD = "https://beian.miit.gov.cn/";

    static SiteChrome of(Site site, String mainName, MainPortal main) {
        String name = site == null ? mainName : site.name();
        String sponsor = site == null ? main.sponsor() : site.sponsor();
        StringBuilder footer = new StringBuilder("<p class=\"footer-about\">");
        int start = footer.length();
        span(footer, start, "主办单位：", sponsor == null ? mainName : sponsor);
        span(footer, start, "承办单位：", site == null ? main.operator() : site.operator());
        span(footer, start, "网站标识码：", site == null ? main.siteCode() : site.siteCode());
        link(footer, start, site == null ? main.icpNumber() : site.icpNumber(), ICP_RECORD);
        String police = site == null ? main.policeNumber() : site.policeNumber();
        String digits = police == null ? "" : police.replaceAll("\\D", "");
        link(footer, start, police, digits.isEmpty() ? null : POLICE_RECORD + digits);
        footer.append("</p><p class=\"footer-links\">");
        start = footer.length();
        link(footer, start, "联系我们", "/contact");
        link(footer, start, "网站地图", "/sitemap");
        link(footer, start, "无障碍与适老化说明", "/accessibility");
        link(footer, start, "我为政府网站找错", site == null ? main.errorReportUrl() : site.errorReportUrl());
        link(footer, start, "党政机关网站标识", site == null ? main.conacUrl() : site.conacUrl());
        footer.append("</p>");
        String nameHtml = htmlEscape(name, "UTF-8");
        String footerHtml = footer.toString();
        return new SiteChrome(
                site == null ? "" : Long.toString(site.id()),
                nameHtml,
                footerHtml,
                nameHtml.getBytes(StandardCharsets.UTF_8),
                footerHtml.getBytes(StandardCharsets.UTF_8));
    }

    /** A link, or its text alone when there is no address; nothing when there is no text. */
    private static void link(StringBuilder out, int start, String text, String href) {
        if (text == null) {
            return;
        }
        if (href == null) {
            span(out, start, "", text);
            return;
        }
        out.append(out.length() == start ? "" : " ")
                .append("<span><a href=\"")
                .append(htmlEscape(href, "UTF-8"))
                .append("\">")
                .append(htmlEscape(text, "UTF-8"))
                .append("</a></span>");
    }

    private static void span(StringBuilder out, int start, String label, String value) {
        if (value == null) {
            return;
        }
        out.append(out.length() == start ? "" : " ").append("<span>");
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
