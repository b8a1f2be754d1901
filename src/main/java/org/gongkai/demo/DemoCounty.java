package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.information.InformationEditing;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.JurisdictionDraft;
import org.gongkai.organization.OrganizationDraft;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.PlatformBootstrap;
import org.gongkai.organization.PlatformBootstrap.AdministratorSeed;
import org.gongkai.organization.PlatformBootstrap.CreatedAdministrator;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffAdministration;
import org.gongkai.organization.StaffDraft;
import org.gongkai.organization.StaffPrincipal;
import org.gongkai.organization.UnifiedSocialCreditCode;
import org.gongkai.portal.SiteForm;
import org.gongkai.portal.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads, in one transaction (all or nothing), 示范县人民政府 with its 政府办公室 as supervising office, nine departments, five townships and
 * subdistricts, three village committees, and one account for every role. All demo passwords are
 * {@value #PASSWORD}; the administrators' TOTP secret is {@value #TOTP_SECRET} (README).
 */
@Component
@Order(0)
class DemoCounty implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    /** Published records the demo county gets unless {@code --demo-records=N} asks for another number. */
    static final int DEFAULT_HISTORY = 160;

    private static final int HISTORY_IN_ONE_TRANSACTION = 2000;
    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private final PlatformBootstrap bootstrap;
    private final CountyAdministration county;
    private final org.gongkai.organization.Leaders leaders;
    private final org.gongkai.organization.Overviews overviews;
    private final StaffAdministration staff;
    private final AreaGuidelines guidelines;
    private final CatalogCompilation catalogs;
    private final TransactionTemplate transactions;
    private final DemoInformation information;
    private final DemoConsultations consultations;
    private final DemoInquiries inquiries;
    private final DemoHearings hearings;
    private final DemoDecisions decisions;
    private final DemoSurveys surveys;
    private final DemoVoices voices;
    private final DemoRequests requests;
    private final DemoSite site;
    private final InformationEditing editing;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Sites sites;
    private int historyCount = DEFAULT_HISTORY;
    private Map<String, Long> demoOrganizations = Map.of();
    private long gkbAccount;

    DemoCounty(
            PlatformBootstrap bootstrap,
            CountyAdministration county,
            org.gongkai.organization.Leaders leaders,
            org.gongkai.organization.Overviews overviews,
            StaffAdministration staff,
            AreaGuidelines guidelines,
            CatalogCompilation catalogs,
            PlatformTransactionManager transactionManager,
            DemoInformation information,
            DemoConsultations consultations,
            DemoInquiries inquiries,
            DemoHearings hearings,
            DemoDecisions decisions,
            DemoSurveys surveys,
            DemoVoices voices,
            DemoRequests requests,
            InformationEditing editing,
            ApplicationEventPublisher events,
            Clock clock,
            Sites sites,
            DemoSite site) {
        this.site = site;
        this.sites = sites;
        this.consultations = consultations;
        this.inquiries = inquiries;
        this.hearings = hearings;
        this.decisions = decisions;
        this.surveys = surveys;
        this.voices = voices;
        this.information = information;
        this.requests = requests;
        this.editing = editing;
        this.events = events;
        this.clock = clock;
        this.guidelines = guidelines;
        this.catalogs = catalogs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.bootstrap = bootstrap;
        this.county = county;
        this.leaders = leaders;
        this.overviews = overviews;
        this.staff = staff;
    }

    /** 全国政府网站信息报送系统, where 我为政府网站找错 is (a registered site's own entry address is issued there). */
    static final String ERROR_REPORT_PLATFORM = "https://zfwzzc.www.gov.cn/";
    /** 中国机构编制网, where the 党政机关网站标识 is applied for and issued. */
    static final String WEBSITE_MARK_PLATFORM = "http://www.scopsr.gov.cn/";

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("demo")) {
            return;
        }
        if (!bootstrap.isEmpty()) {
            log.info("数据库中已有账号，示范县数据不再重复加载。");
            return;
        }
        historyCount = args.containsOption("demo-records")
                ? Integer.parseInt(args.getOptionValues("demo-records").get(0))
                : DEFAULT_HISTORY;
        transactions.executeWithoutResult(status -> load());
        // two unit sites of the 网站群, reachable on this machine as http://mzj.localhost:8080/ and jyj.localhost, and
        // the main portal's footer; the demo's sites are not registered with the national platforms, so their links
        // lead to the platforms themselves, where a registered site's own address is issued
        runAs(gkbAccount, "gkb", Role.SUPERVISOR);
        try {
            transactions.executeWithoutResult(status -> {
                sites.saveMainPortal(new SiteForm(
                        null,
                        null,
                        "5107990001",
                        null,
                        "示范县人民政府办公室",
                        "示范县政务服务数据管理局",
                        "蜀ICP备00000000号-1",
                        "川公网安备 51079902000001号",
                        ERROR_REPORT_PLATFORM,
                        WEBSITE_MARK_PLATFORM,
                        sites.mainPortal().version()));
                sites.save(
                        null,
                        new SiteForm(
                                "mzj.localhost",
                                "示范县民政局",
                                "5107990003",
                                demoOrganizations.get("示范县民政局"),
                                null,
                                "示范县民政局",
                                "蜀ICP备00000000号-3",
                                "川公网安备 51079902000003号",
                                ERROR_REPORT_PLATFORM,
                                WEBSITE_MARK_PLATFORM,
                                null));
                sites.save(
                        null,
                        new SiteForm(
                                "jyj.localhost",
                                "示范县教育局",
                                "5107990002",
                                demoOrganizations.get("示范县教育局"),
                                null,
                                "示范县教育局",
                                "蜀ICP备00000000号-2",
                                "川公网安备 51079902000002号",
                                ERROR_REPORT_PLATFORM,
                                WEBSITE_MARK_PLATFORM,
                                null));
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (historyCount > HISTORY_IN_ONE_TRANSACTION) {
            // A benchmark-sized county: batches of 1,000 in their own transactions, then one index rebuild.
            runAs(gkbAccount, "gkb", Role.SUPERVISOR);
            try {
                LocalDate today = LocalDate.now(clock);
                information.publishHistory(
                        demoOrganizations,
                        historyCount,
                        today.minusYears(5),
                        today.minusDays(1),
                        false,
                        batch -> transactions.executeWithoutResult(s -> batch.run()));
            } finally {
                SecurityContextHolder.clearContext();
            }
            // and a message board of the same age: one message for every ten records
            runAs(gkbAccount, "gkb", Role.SUPERVISOR);
            try {
                LocalDate today = LocalDate.now(clock);
                inquiries.history(
                        demoOrganizations,
                        historyCount / 10,
                        today.minusYears(5),
                        today.minusDays(30),
                        batch -> transactions.executeWithoutResult(s -> batch.run()));
            } finally {
                SecurityContextHolder.clearContext();
            }
            events.publishEvent(new org.gongkai.information.PublicInformationReloaded());
            log.info("已生成 {} 条历史政府信息、{} 条历史留言。", historyCount, historyCount / 10);
        }
        log.warn("\n==== 示范县数据已加载。所有示范账号密码：{}；三位管理员的动态口令密钥：{}（见 README）====", PASSWORD, TOTP_SECRET);
    }

    void load() {
        List<CreatedAdministrator> admins = bootstrap.createAdministrators(List.of(
                new AdministratorSeed("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, PASSWORD, TOTP_SECRET),
                new AdministratorSeed("secadmin", "安全管理员", Role.SECURITY_ADMIN, PASSWORD, TOTP_SECRET),
                new AdministratorSeed("auditadmin", "审计管理员", Role.AUDIT_ADMIN, PASSWORD, TOTP_SECRET)));
        Map<String, Long> orgs = new HashMap<>();
        Map<String, Long> accounts = new HashMap<>();
        try {
            runAs(admins.get(0));
            long county = this.county.createJurisdiction(
                    new JurisdictionDraft("510799", "示范县", AdministrativeLevel.COUNTY, null));
            Map<String, Long> towns = new HashMap<>();
            String[][] townships = {
                {"510799001", "东城街道", "SUBDISTRICT"},
                {"510799100", "城关镇", "TOWNSHIP"},
                {"510799101", "河东镇", "TOWNSHIP"},
                {"510799200", "青山乡", "TOWNSHIP"},
                {"510799201", "白果乡", "TOWNSHIP"}
            };
            for (String[] t : townships) {
                towns.put(
                        t[1],
                        this.county.createJurisdiction(
                                new JurisdictionDraft(t[0], t[1], AdministrativeLevel.TOWNSHIP, county)));
            }
            String[][] villages = {
                {"510799100201", "红星村", "城关镇"}, {"510799101202", "柳树村", "河东镇"}, {"510799001003", "新华社区", "东城街道"}
            };
            Map<String, Long> villageIds = new HashMap<>();
            for (String[] v : villages) {
                villageIds.put(
                        v[1],
                        this.county.createJurisdiction(
                                new JurisdictionDraft(v[0], v[1], AdministrativeLevel.VILLAGE, towns.get(v[2]))));
            }

            int[] serial = {1};
            long government = org(
                    orgs,
                    serial,
                    "示范县人民政府",
                    OrganizationKind.PEOPLES_GOVERNMENT,
                    null,
                    county,
                    "执行县人民代表大会及其常务委员会的决议，领导全县经济社会发展和公共服务工作。",
                    "示范县人民路1号");
            long office = org(
                    orgs,
                    serial,
                    "示范县人民政府办公室",
                    OrganizationKind.DEPARTMENT,
                    government,
                    county,
                    "负责县政府日常运转；是全县政务公开工作主管部门，组织协调、指导监督全县政务公开工作。",
                    "示范县人民路1号");
            String[][] departments = {
                {"示范县发展和改革局", "拟订并组织实施国民经济和社会发展规划，统筹协调经济社会发展。"},
                {"示范县教育局", "贯彻执行教育方针政策，管理和指导全县各级各类教育工作。"},
                {"示范县民政局", "负责社会救助、养老服务、社会组织登记管理、婚姻登记等工作。"},
                {"示范县财政局", "负责财政收支、预算编制与执行、政府采购监督管理等工作。"},
                {"示范县自然资源局", "负责自然资源调查、国土空间规划、土地征收和不动产登记等工作。"},
                {"示范县住房和城乡建设局", "负责住房保障、城乡建设、建筑市场和房屋征收监管等工作。"},
                {"示范县应急管理局", "负责应急管理、安全生产监督管理和防灾减灾救灾工作。"},
                {"示范县司法局", "负责全面依法治县、行政执法协调监督、法治宣传和公共法律服务工作。"},
                {"示范县人力资源和社会保障局", "负责就业创业、社会保险、人事人才和劳动关系工作。"}
            };
            for (String[] d : departments) {
                org(
                        orgs,
                        serial,
                        d[0],
                        OrganizationKind.DEPARTMENT,
                        government,
                        county,
                        d[1],
                        "示范县政务中心" + serial[0] + "楼");
            }
            for (String[] t : townships) {
                org(
                        orgs,
                        serial,
                        townshipUnitName(t),
                        OrganizationKind.valueOf(t[2]),
                        government,
                        towns.get(t[1]),
                        "贯彻执行党和国家的方针政策，负责本辖区经济发展、社会事务和公共服务。",
                        "示范县" + t[1] + "政府大院");
            }
            for (String[] v : villages) {
                String parent = townshipOrgName(v[2], townships);
                String suffix = v[1].endsWith("社区") ? "居民委员会" : "村民委员会";
                org(
                        orgs,
                        serial,
                        "示范县" + v[2] + v[1] + suffix,
                        OrganizationKind.VILLAGE_COMMITTEE,
                        orgs.get(parent),
                        villageIds.get(v[1]),
                        "办理本村（居）公共事务和公益事业，调解民间纠纷，协助维护社会治安。",
                        v[2] + v[1] + "便民服务站");
            }

            String[][] people = {
                {"gkb", "王公开", "示范县人民政府办公室", "SUPERVISOR"},
                {"gkb_handler", "李承办", "示范县人民政府办公室", "REQUEST_HANDLER"},
                {"mz_handler", "刘依申", "示范县民政局", "REQUEST_HANDLER"},
                {"cg_handler", "何承办", "示范县城关镇人民政府", "REQUEST_HANDLER"},
                {"edu_editor", "张信息", "示范县教育局", "EDITOR"},
                {"edu_reviewer", "赵保密", "示范县教育局", "SECRECY_REVIEWER"},
                {"edu_signer", "钱签发", "示范县教育局", "SIGNER"},
                {"mz_editor", "孙民政", "示范县民政局", "EDITOR"},
                {"mz_reviewer", "陈保密", "示范县民政局", "SECRECY_REVIEWER"},
                {"mz_signer", "冯审核", "示范县民政局", "SIGNER"},
                {"cg_editor", "周城关", "示范县城关镇人民政府", "EDITOR"},
                {"cg_reviewer", "褚保密", "示范县城关镇人民政府", "SECRECY_REVIEWER"},
                {"cg_signer", "吴镇长", "示范县城关镇人民政府", "SIGNER"},
                {"hd_editor", "郑河东", "示范县河东镇人民政府", "EDITOR"}
            };
            for (String[] p : people) {
                long id = staff.createAccount(new StaffDraft(p[0], p[1], null, orgs.get(p[2])))
                        .staffId();
                staff.setPassword(id, PASSWORD, false);
                accounts.put(p[0], id);
            }

            runAs(admins.get(1));
            for (String[] p : people) {
                long org = orgs.get(p[2]);
                boolean supervisor = p[3].equals("SUPERVISOR");
                // the county office handles the applications addressed to the county government (第二十七条)
                boolean forGovernment = supervisor || p[0].equals("gkb_handler");
                staff.grantRole(accounts.get(p[0]), Role.valueOf(p[3]), forGovernment ? government : org, supervisor);
            }

            // 逐级审核: townships' catalogs of these areas go first to the county department in charge.
            runAs(accounts.get("gkb"), "gkb", Role.SUPERVISOR);
            leaders(orgs);
            // 概况信息 of the county and its towns (a fictional county: figures of its size, not of a real one)
            overviews.save(
                    orgs.get("示范县人民政府"),
                    "示范县位于示范市东南部，县域面积 1860 平方公里，辖 2 个镇、2 个乡、1 个街道，户籍人口 42.6 万人。\n"
                            + "县内以丘陵山地为主，森林覆盖率 62%，是省级生态县和粮食生产重点县。\n"
                            + "2025 年全县地区生产总值 218 亿元，一般公共预算收入 13.5 亿元；城镇、农村居民人均可支配收入分别为"
                            + " 4.2 万元、2.1 万元。\n"
                            + "县人民政府设工作部门 22 个。县政务服务中心设在县城人民路 1 号，工作日 8:30—17:30 办理各类政务服务事项。",
                    null);
            overviews.save(
                    orgs.get("示范县城关镇人民政府"),
                    "城关镇是示范县县城所在地，面积 86 平方公里，辖 12 个社区、9 个行政村，常住人口 9.8 万人。\n" + "镇便民服务中心设在镇政府一楼，可办理社会救助、养老保险、宅基地审批等事项。",
                    null);
            Map<String, Long> areaIds = new HashMap<>();
            guidelines
                    .areas()
                    .forEach(s -> areaIds.put(s.area().name(), s.area().id()));
            catalogs.setReviewDepartment(areaIds.get("社会救助"), orgs.get("示范县民政局"));
            catalogs.setReviewDepartment(areaIds.get("养老服务"), orgs.get("示范县民政局"));
            catalogs.setReviewDepartment(areaIds.get("义务教育"), orgs.get("示范县教育局"));

            // Government information: two years of published records, amended and repealed ones, work in progress.
            LocalDate today = LocalDate.now(clock);
            if (historyCount <= HISTORY_IN_ONE_TRANSACTION) {
                var ids = information.publishHistory(
                        orgs, historyCount, today.minusYears(2), today.minusDays(1), true, Runnable::run);
                information.markValidity(ids, id -> editing.record(id).indexNumber());
            }
            Map<String, Role> roles = new HashMap<>();
            for (String[] p : people) {
                roles.put(p[0], Role.valueOf(p[3]));
            }
            information.workInProgress(
                    orgs, username -> runAs(accounts.get(username), username, roles.get(username)), today);
            // 公众参与: consultations in every phase
            consultations.create(orgs, username -> runAs(accounts.get(username), username, roles.get(username)), today);
            // 咨询建言: a year of messages in every state
            inquiries.create(orgs, username -> runAs(accounts.get(username), username, roles.get(username)), today);
            hearings.create(orgs, username -> runAs(accounts.get(username), username, roles.get(username)), today);
            decisions.create(orgs, username -> runAs(accounts.get(username), username, roles.get(username)), today);
            surveys.create(orgs, username -> runAs(accounts.get(username), username, roles.get(username)), today);
            voices.create(orgs, username -> runAs(accounts.get(username), username, roles.get(username)), today);

            // 依申请公开: a year of cases from the ledger, and online applications waiting for receipt
            runAs(accounts.get("gkb"), "gkb", Role.SUPERVISOR);
            requests.ledger(orgs, today);
            SecurityContextHolder.clearContext();
            requests.waitingForReceipt(orgs);
            // the portal as a well-kept county's, with the four faults its site self-inspection finds (issue 16 §4)
            runAs(accounts.get("gkb"), "gkb", Role.SUPERVISOR);
            site.load(
                    orgs,
                    DemoInformation.PROFILES.stream()
                            .map(DemoInformation.Profile::unit)
                            .toList());
            demoOrganizations = Map.copyOf(orgs);
            gkbAccount = accounts.get("gkb");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"
    };
    private static final String[] GIVEN = {
        "建国", "海燕", "志强", "秀英", "国华", "丽娟", "文斌", "晓东", "春梅", "德明", "玉兰", "永刚", "桂芳", "俊峰", "红霞", "立新", "雪梅", "振华",
        "淑珍", "宏伟"
    };

    /**
     * 领导信息 for every unit (issue 14 §9): a head and two deputies with posts that fit the unit's kind; fictional names,
     * the same each time the demo is made.
     */
    private void leaders(Map<String, Long> orgs) {
        int n = 0;
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(orgs).entrySet()) {
            String unit = e.getKey();
            String[] posts;
            if (unit.endsWith("人民政府办公室")) {
                posts = new String[] {"主任", "副主任", "副主任"};
            } else if (unit.endsWith("县人民政府")) {
                posts = new String[] {"县长", "常务副县长", "副县长"};
            } else if (unit.endsWith("镇人民政府")) {
                posts = new String[] {"镇长", "副镇长", "副镇长"};
            } else if (unit.endsWith("乡人民政府")) {
                posts = new String[] {"乡长", "副乡长", "副乡长"};
            } else if (unit.endsWith("街道办事处")) {
                posts = new String[] {"主任", "副主任", "副主任"};
            } else if (unit.endsWith("村民委员会") || unit.endsWith("居民委员会")) {
                posts = new String[] {"主任", "副主任"};
            } else {
                posts = new String[] {"局长", "副局长", "副局长"};
            }
            for (int i = 0; i < posts.length; i++) {
                String name = SURNAMES[(n * 7 + i * 3) % SURNAMES.length] + GIVEN[(n * 11 + i * 5) % GIVEN.length];
                String duty =
                        i == 0 ? "主持" + unit + "全面工作。" : i == 1 ? "负责日常工作，分管办公室、政务公开和财务工作。" : "分管业务科室工作，负责安全生产和信访工作。";
                leaders.save(e.getValue(), null, null, name, posts[i], duty, i);
            }
            n++;
        }
    }

    private static String townshipOrgName(String township, String[][] townships) {
        for (String[] t : townships) {
            if (t[1].equals(township)) {
                return townshipUnitName(t);
            }
        }
        throw new IllegalArgumentException(township);
    }

    /** 示范县东城街道办事处, 示范县城关镇人民政府, … */
    private static String townshipUnitName(String[] township) {
        return "示范县" + township[1] + (township[2].equals("SUBDISTRICT") ? "办事处" : "人民政府");
    }

    private long org(
            Map<String, Long> orgs,
            int[] serial,
            String name,
            OrganizationKind kind,
            Long parent,
            long jurisdiction,
            String functions,
            String address) {
        int n = serial[0]++;
        String first17 = "11510799" + "MB" + String.format("%07d", 1520 + n);
        String creditCode = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        long id = county.createOrganization(new OrganizationDraft(
                name,
                kind,
                parent,
                jurisdiction,
                creditCode,
                functions,
                address,
                "工作日 上午 9:00—12:00，下午 13:30—17:30",
                "0818-62" + String.format("%05d", 10000 + n),
                "0818-63" + String.format("%05d", 10000 + n),
                "gk" + n + "@shifanxian.gov.cn",
                "https://www.shifanxian.gov.cn/",
                n));
        orgs.put(name, id);
        return id;
    }

    private static void runAs(CreatedAdministrator admin) {
        runAs(admin.staffId(), admin.username(), admin.role());
    }

    private static void runAs(long staffId, String username, Role role) {
        StaffPrincipal principal = new StaffPrincipal(staffId, username, username, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, AuthorityUtils.createAuthorityList(role.authority())));
    }
}
