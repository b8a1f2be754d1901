package org.gongkai.portal;

/** What the console form of a site sends; {@code version} is that of the site as it was shown (null for a new one). */
public record SiteForm(
        String host,
        String name,
        String siteCode,
        Long organizationId,
        String sponsor,
        String operator,
        String icpNumber,
        String policeNumber,
        String errorReportUrl,
        String conacUrl,
        Integer version) {

    /** A form without the two links of the national platforms (a site not yet registered with them). */
    public SiteForm(
            String host,
            String name,
            String siteCode,
            Long organizationId,
            String sponsor,
            String operator,
            String icpNumber,
            String policeNumber,
            Integer version) {
        this(host, name, siteCode, organizationId, sponsor, operator, icpNumber, policeNumber, null, null, version);
    }

    public static SiteForm of(Site s) {
        return new SiteForm(
                s.host(),
                s.name(),
                s.siteCode(),
                s.organizationId(),
                s.sponsor(),
                s.operator(),
                s.icpNumber(),
                s.policeNumber(),
                s.errorReportUrl(),
                s.conacUrl(),
                s.version());
    }

    public static SiteForm empty() {
        return new SiteForm(null, null, null, null, null, null, null, null, null, null, null);
    }
}
