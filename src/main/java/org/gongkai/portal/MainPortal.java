package org.gongkai.portal;

/**
 * The footer of the main portal — the site any host that is no site's sees, named after the top organization: 主办单位
 * (the top organization when blank), 承办单位, 网站标识码, the two 备案号 and the national platforms' two links.
 */
public record MainPortal(
        String sponsor,
        String operator,
        String siteCode,
        String icpNumber,
        String policeNumber,
        String errorReportUrl,
        String conacUrl,
        int version) {

    static final MainPortal UNSET = new MainPortal(null, null, null, null, null, null, null, 0);
}
