package org.gongkai.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.ChangeStamps;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.PublicContentChanged;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 网站群 (issue 13): one platform serving many sites, each under its own host name. A request's host picks its
 * site ({@link #forHost}) from a map held in memory and reloaded when any node changes a site (change stamp
 * {@value #STAMP}), so resolving a site costs a map lookup however many sites there are. The supervising office
 * (政务公开主管) manages the sites of the units it supervises; every change is audited.
 */
@Service
public class Sites {

    static final String STAMP = "sites";
    /** 网站标识码: letters and digits (10 digits for government sites). */
    private static final Pattern SITE_CODE = Pattern.compile("[0-9A-Za-z]{1,20}");

    private final JdbcClient jdbc;
    private final ChangeStamps stamps;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    private static final String COLUMNS =
            "select id, host, name, site_code, organization_id, sponsor, operator, icp_number, police_number, "
                    + "error_report_url, conac_url, version "
                    + "from site ";

    /** Every site as loaded at one change stamp, by host and by id. */
    private record Snapshot(
            long stamp, List<Site> all, Map<String, Site> byHost, Map<Long, Site> byId, MainPortal main) {}

    private volatile Snapshot snapshot;

    Sites(
            JdbcClient jdbc,
            ChangeStamps stamps,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.stamps = stamps;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
    }

    /** The sites as of the current change stamp: read again only when a node changed one. */
    private Snapshot snapshot() {
        long stamp = stamps.current(STAMP);
        Snapshot loaded = snapshot;
        if (loaded == null || loaded.stamp() != stamp) {
            List<Site> all = fromDatabase();
            Map<String, Site> byHost = new HashMap<>();
            Map<Long, Site> byId = new HashMap<>();
            for (Site s : all) {
                byHost.put(s.host(), s);
                byId.put(s.id(), s);
            }
            MainPortal main = jdbc.sql("select sponsor, operator, site_code, icp_number, police_number, "
                            + "error_report_url, conac_url, version from main_portal where id = 1")
                    .query(MainPortal.class)
                    .optional()
                    .orElse(MainPortal.UNSET);
            loaded = new Snapshot(stamp, List.copyOf(all), Map.copyOf(byHost), Map.copyOf(byId), main);
            snapshot = loaded;
        }
        return loaded;
    }

    /** Every site as stored now, not as of the last change stamp (an import compares with these). */
    List<Site> fromDatabase() {
        return jdbc.sql(COLUMNS + "order by host").query(Site.class).list();
    }

    /** The site served under this host name, or empty for the main portal. */
    public Optional<Site> forHost(String host) {
        return host == null
                ? Optional.empty()
                : Optional.ofNullable(snapshot().byHost().get(host.toLowerCase(Locale.ROOT)));
    }

    /** The site with this id, if there is one (as of the current change stamp). */
    public Optional<Site> byId(long id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }

    /** Every site, by host; public data (the portal lists them). */
    public List<Site> all() {
        return snapshot().all();
    }

    /** The sites this member of staff may manage: those of the units they supervise. */
    public List<Site> manageable() {
        return all().stream()
                .filter(s -> access.can(Role.SUPERVISOR, s.organizationId()))
                .toList();
    }

    public boolean canManage() {
        return access.hasRoleAnywhere(Role.SUPERVISOR);
    }

    public Site find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?")
                .param(id)
                .query(Site.class)
                .optional()
                .orElseThrow(() -> new NotFound("该网站不存在或已删除。"));
    }

    /** Adds a site ({@code id} null) or changes one as it was shown ({@code form.version()}); returns its id. */
    @Transactional
    public long save(Long id, SiteForm form) {
        Site before = id == null ? null : find(id);
        if (before != null) {
            access.require(Role.SUPERVISOR, before.organizationId(), "SITE_SAVE");
        }
        InvalidFields.Collector errors = new InvalidFields.Collector();
        Organization unit = form.organizationId() == null
                ? null
                : directory.find(form.organizationId()).orElse(null);
        Checked site = check(form, unit, errors);
        if (unit == null) {
            errors.add("organizationId", "请选择网站所属单位。");
        }
        errors.throwIfAny();
        access.require(Role.SUPERVISOR, unit.id(), "SITE_SAVE");
        long saved;
        if (before == null) {
            saved = insert(site, "新增网站 ");
        } else {
            update(before.id(), form.version() == null ? -1 : form.version(), site, "修改网站 ");
            saved = before.id();
        }
        changed(new SiteChanged(saved));
        return saved;
    }

    /** A site's settings as checked and normalized (host in lower case, blanks as null), with its unit. */
    record Checked(
            String host,
            String name,
            String siteCode,
            Organization unit,
            String sponsor,
            String operator,
            String icpNumber,
            String policeNumber,
            String errorReportUrl,
            String conacUrl) {

        /** The stored columns in the order of the insert and the update: host … police_number. */
        List<Object> columns() {
            return java.util.Arrays.asList(
                    host,
                    name,
                    siteCode,
                    unit.id(),
                    sponsor,
                    operator,
                    icpNumber,
                    policeNumber,
                    errorReportUrl,
                    conacUrl);
        }

        boolean sameAs(Site s) {
            return host.equals(s.host())
                    && name.equals(s.name())
                    && java.util.Objects.equals(siteCode, s.siteCode())
                    && unit.id() == s.organizationId()
                    && java.util.Objects.equals(sponsor, s.sponsor())
                    && java.util.Objects.equals(operator, s.operator())
                    && java.util.Objects.equals(icpNumber, s.icpNumber())
                    && java.util.Objects.equals(policeNumber, s.policeNumber())
                    && java.util.Objects.equals(errorReportUrl, s.errorReportUrl())
                    && java.util.Objects.equals(conacUrl, s.conacUrl());
        }
    }

    /**
     * Checks every field of the form but the unit (the console picks it from a list, an imported list names it), each
     * fault recorded under the form's field name; returns the settings as they will be stored.
     */
    static Checked check(SiteForm form, Organization unit, InvalidFields.Collector errors) {
        String host = form.host() == null ? "" : form.host().strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            errors.add("host", "请填写网站的域名，例如 mzj.example.gov.cn。");
        } else if (!isHostName(host)) {
            errors.add(
                    "host", "域名“" + clip(host) + "”的格式不正确：只能由字母、数字、连字符和点组成，不含“http://”、端口和路径，例如 mzj.example.gov.cn。");
        }
        String name = strip(form.name());
        if (name == null) {
            errors.add("name", "请填写网站名称。");
        } else if (name.length() > 100) {
            errors.add("name", "网站名称不能超过 100 个字。");
        }
        MainPortal footer = footer(form, errors);
        return new Checked(
                host,
                name,
                footer.siteCode(),
                unit,
                footer.sponsor(),
                footer.operator(),
                footer.icpNumber(),
                footer.policeNumber(),
                footer.errorReportUrl(),
                footer.conacUrl());
    }

    /** Checks the footer fields of a form (a site's, or the main portal's): 网站标识码, 主办, 承办, 备案号, links. */
    static MainPortal footer(SiteForm form, InvalidFields.Collector errors) {
        String code = strip(form.siteCode());
        if (code != null && !SITE_CODE.matcher(code).matches()) {
            errors.add("siteCode", "网站标识码只能由字母和数字组成（政府网站为 10 位数字），不超过 20 位。");
        }
        return new MainPortal(
                errors.text("sponsor", form.sponsor(), 200),
                errors.text("operator", form.operator(), 200),
                code,
                errors.text("icpNumber", form.icpNumber(), 100),
                errors.text("policeNumber", form.policeNumber(), 100),
                link(errors, "errorReportUrl", form.errorReportUrl(), "我为政府网站找错"),
                link(errors, "conacUrl", form.conacUrl(), "党政机关网站标识"),
                form.version() == null ? -1 : form.version());
    }

    /** Whether this member of staff sets the main portal's footer: a supervisor of the top organization. */
    public boolean canManageMainPortal() {
        return access.can(
                Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null));
    }

    /** The main portal's footer, as of the current change stamp. */
    public MainPortal mainPortal() {
        return snapshot().main();
    }

    /**
     * Sets the main portal's footer as it was shown ({@code form.version()}); host, name and unit of the form are not
     * used (the main portal is the top organization's). The supervising office of the top organization sets it.
     */
    @Transactional
    public void saveMainPortal(SiteForm form) {
        Long root = directory.root().map(Organization::id).orElse(null);
        access.require(Role.SUPERVISOR, root, "SITE_SAVE");
        InvalidFields.Collector errors = new InvalidFields.Collector();
        MainPortal footer = footer(form, errors);
        errors.throwIfAny();
        if (jdbc.sql("update main_portal set sponsor = ?, operator = ?, site_code = ?, icp_number = ?, "
                                + "police_number = ?, error_report_url = ?, conac_url = ?, version = version + 1 "
                                + "where id = 1 and version = ?")
                        .params(
                                footer.sponsor(),
                                footer.operator(),
                                footer.siteCode(),
                                footer.icpNumber(),
                                footer.policeNumber(),
                                footer.errorReportUrl(),
                                footer.conacUrl(),
                                footer.version())
                        .update()
                == 0) {
            throw new RuleViolation("门户网站的页脚设置已被他人修改，请刷新页面后重新填写。");
        }
        audit.record("SITE_SAVE", "site:main", Outcome.SUCCESS, "修改门户网站页脚");
        changed(new SiteChanged(0));
    }

    /** Stores a new site and audits it ({@code how}: 新增网站, 导入新增网站…); returns its id. */
    long insert(Checked site, String how) {
        org.springframework.jdbc.support.GeneratedKeyHolder key =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("insert into site (host, name, site_code, organization_id, sponsor, operator, icp_number, "
                            + "police_number, error_report_url, conac_url, version) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(site.columns())
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw taken(site.host());
        }
        long id = key.getKey().longValue();
        audited(id, site, how);
        return id;
    }

    /** Changes a site as it was read at {@code version} and audits it; refused when someone changed it meanwhile. */
    void update(long id, int version, Checked site, String how) {
        int updated;
        try {
            updated = jdbc.sql("update site set host = ?, name = ?, site_code = ?, organization_id = ?, sponsor = ?, "
                            + "operator = ?, icp_number = ?, police_number = ?, error_report_url = ?, conac_url = ?, "
                            + "version = version + 1 "
                            + "where id = ? and version = ?")
                    .params(site.columns())
                    .param(id)
                    .param(version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw taken(site.host());
        }
        if (updated == 0) {
            throw new RuleViolation("网站“" + site.host() + "”的设置已被他人修改，请刷新页面后重新填写。");
        }
        audited(id, site, how);
    }

    private void audited(long id, Checked site, String how) {
        audit.record(
                "SITE_SAVE",
                "site:" + id,
                Outcome.SUCCESS,
                how + site.host() + " " + site.name() + "（" + site.unit().name() + "）");
    }

    private static RuleViolation taken(String host) {
        return new RuleViolation("host", "域名“" + host + "”已用于另一个网站，每个域名只能对应一个网站。");
    }

    /** Tells every node that sites changed: the host map is read again, cached pages show the new settings. */
    void changed(PublicContentChanged event) {
        stamps.bump(STAMP);
        events.publishEvent(event);
    }

    @Transactional
    public void delete(long id, int version) {
        Site site = find(id);
        access.require(Role.SUPERVISOR, site.organizationId(), "SITE_DELETE");
        if (jdbc.sql("delete from site where id = ? and version = ?")
                        .params(id, version)
                        .update()
                == 0) {
            throw new RuleViolation("该网站的设置已被他人修改，请刷新页面后再删除。");
        }
        audit.record("SITE_DELETE", "site:" + id, Outcome.SUCCESS, "删除网站 " + site.host() + " " + site.name());
        changed(new SiteChanged(id));
    }

    /**
     * A link the national platforms gave the site (its 我为政府网站找错 entry, its 党政机关网站标识): an http(s) address,
     * shown in every page's footer; null when blank.
     */
    static String link(InvalidFields.Collector errors, String field, String value, String what) {
        String url = errors.text(field, value, 500);
        if (url != null && !LINK.matcher(url).matches()) {
            errors.add(field, what + "链接应为以 https:// 或 http:// 开头的完整网址，不含空格，例如从全国政府网站信息报送系统复制的地址。");
        }
        return url;
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]{1,490}");

    /** A host name (RFC 1123): labels of 1–63 letters, digits and inner hyphens, joined by dots, 253 at most. */
    static boolean isHostName(String host) {
        if (host.length() > 253 || host.startsWith(".") || host.endsWith(".") || host.contains("..")) {
            return false;
        }
        for (String label : host.split("\\.")) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (char c : label.toCharArray()) {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
