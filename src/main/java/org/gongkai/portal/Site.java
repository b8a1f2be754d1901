package org.gongkai.portal;

/**
 * A site of the 网站群: its host name, its name and 网站标识码, the unit whose site it is, and its footer (主办单位,
 * 承办单位, ICP备案号, 公安机关备案号, and the 我为政府网站找错 and 党政机关网站标识 links the national platforms give it).
 */
public record Site(
        long id,
        String host,
        String name,
        String siteCode,
        long organizationId,
        String sponsor,
        String operator,
        String icpNumber,
        String policeNumber,
        String errorReportUrl,
        String conacUrl,
        int version) {}
