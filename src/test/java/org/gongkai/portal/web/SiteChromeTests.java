package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.portal.MainPortal;
import org.gongkai.portal.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Issue 14 §5: the footer every government site carries, each 备案号 linked to where it is verified. */
class SiteChromeTests {

    private static Document footer(SiteChrome chrome) {
        return Jsoup.parseBodyFragment(chrome.footerHtml());
    }

    @Test
    void aSitesFooterCarriesEveryElementOfAGovernmentSite() {
        Site site = new Site(
                7,
                "mzj.example.gov.cn",
                "示范县民政局",
                "5107990003",
                1,
                "示范县民政局",
                "示范县政务服务数据管理局",
                "蜀ICP备00000000号-1",
                "川公网安备 51079902000001号",
                "https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo/abc?x=1&y=2",
                "https://bszs.conac.cn/sitename?method=show&id=1",
                0);
        Document footer = footer(SiteChrome.of(site, "示范县人民政府", MainPortalFixture.UNSET));
        assertThat(footer.text())
                .contains(
                        "主办单位：示范县民政局",
                        "承办单位：示范县政务服务数据管理局",
                        "网站标识码：5107990003",
                        "蜀ICP备00000000号-1",
                        "川公网安备 51079902000001号",
                        "联系我们",
                        "网站地图",
                        "无障碍与适老化说明",
                        "我为政府网站找错",
                        "党政机关网站标识");
        assertThat(footer.select("a:containsOwn(蜀ICP备)").attr("href")).isEqualTo("https://beian.miit.gov.cn/");
        assertThat(footer.select("a:containsOwn(川公网安备)").attr("href"))
                .isEqualTo("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51079902000001");
        assertThat(footer.select("a:containsOwn(我为政府网站找错)").attr("href"))
                .isEqualTo("https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo/abc?x=1&y=2");
        assertThat(footer.select("a:containsOwn(网站地图)").attr("href")).isEqualTo("/sitemap");
    }

    @Test
    void theMainPortalsFooterIsTheOnesTheOfficeSet_namedAfterTheTopOrganizationWhenUnset() {
        assertThat(footer(SiteChrome.of(null, "示范县人民政府", MainPortalFixture.UNSET))
                        .text())
                .startsWith("主办单位：示范县人民政府")
                .doesNotContain("网站标识码")
                .contains("联系我们", "网站地图", "无障碍与适老化说明");
        assertThat(footer(SiteChrome.of(null, "示范县人民政府", MainPortalFixture.UNSET))
                        .select("a:containsOwn(我为政府网站找错)"))
                .as("no link given, none shown")
                .isEmpty();
        MainPortal set = new MainPortal(
                "示范县人民政府办公室", null, "5107990001", null, "川公网安备 <b>号", "https://example.gov.cn/找错", null, 3);
        Document footer = footer(SiteChrome.of(null, "示范县人民政府", set));
        assertThat(footer.text()).contains("主办单位：示范县人民政府办公室", "网站标识码：5107990001", "川公网安备 <b>号");
        assertThat(footer.select("b")).as("escaped").isEmpty();
        assertThat(footer.select("a:containsOwn(川公网安备)"))
                .as("no digits, nothing to verify")
                .isEmpty();
        assertThat(footer.select("a:containsOwn(我为政府网站找错)").attr("href")).isEqualTo("https://example.gov.cn/找错");
    }

    private static final class MainPortalFixture {
        static final MainPortal UNSET = new MainPortal(null, null, null, null, null, null, null, 0);
    }
}
