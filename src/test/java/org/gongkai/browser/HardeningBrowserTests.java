package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDraft;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.organization.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 9 §23–25 as the users meet them in Chromium. */
class HardeningBrowserTests extends BrowserTest {

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    JdbcClient jdbc;

    /** Acts in-process as a demo account, as a second person working at the same time as the browser. */
    private void actAs(String username) {
        var row = jdbc.sql("select id, display_name, organization_id from staff_member where username = ?")
                .param(username)
                .query()
                .singleRow();
        StaffPrincipal principal = new StaffPrincipal(
                ((Number) row.get("id")).longValue(),
                username,
                (String) row.get("display_name"),
                ((Number) row.get("organization_id")).longValue());
        String[] roles = jdbc
                .sql("select distinct role from role_grant where staff_id = ?")
                .param(principal.staffId())
                .query(String.class)
                .list()
                .stream()
                .map(r -> "ROLE_" + r)
                .toArray(String[]::new);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, AuthorityUtils.createAuthorityList(roles)));
    }

    /** A proactive notice dated today, with these joint issuers. */
    private static InformationDraft notice(String title, List<Long> jointIssuers) {
        return InformationDrafts.draft(title)
                .writtenDate(LocalDate.now())
                .formedDate(LocalDate.now())
                .type(DocumentType.NOTICE)
                .topic(null)
                .keywords(null)
                .summary(null)
                .jointIssuers(jointIssuers)
                .build();
    }

    @AfterEach
    void forgetInProcessUser() {
        SecurityContextHolder.clearContext();
    }

    /** §23: a sign-off another person already made answers "已被他人处理，请刷新", not 403, and is no refusal. */
    @Test
    void aStaleSignOffSaysSomeoneElseHandledIt() {
        long unit = jdbc.sql("select id from organization where name = '示范县民政局'")
                .query(Long.class)
                .single();
        actAs("mz_editor");
        long id = editing.create(unit, notice("并发签发测试", List.of()));
        editing.submit(id, editing.record(id).lockVersion());
        actAs("mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);

        signIn("mz_signer");
        open("/console/information/" + id);
        assertThat(pageText()).contains("签发并发布");
        // meanwhile the same decision is taken elsewhere (another tab, another signer)
        actAs("mz_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, "同意", null);
        long refusals = jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'")
                .query(Long.class)
                .single();
        new FormPage(driver).clickButton("签发并发布");
        assertThat(h1()).isNotEqualTo("无权访问");
        assertThat(pageText()).contains("已被他人处理", "请刷新");
        assertThat(jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(refusals);
    }

    /**
     * §26 as the joint issuer's signer meets it: the console lists the record awaiting the unit's confirmation, its
     * page opens (it answered 无权访问 for a unit outside the lead unit's scope), and the confirmation is taken there.
     */
    @Test
    void aJointIssuersSignerOpensTheRecordAndConfirms() {
        long edu = jdbc.sql("select id from organization where name = '示范县教育局'")
                .query(Long.class)
                .single();
        long mz = jdbc.sql("select id from organization where name = '示范县民政局'")
                .query(Long.class)
                .single();
        actAs("edu_editor");
        long id = editing.create(edu, notice("教育局民政局联合发文确认测试", List.of(mz)));

        signIn("mz_signer");
        open("/console/information");
        assertThat(pageText()).contains("待本单位确认的联合发文", "教育局民政局联合发文确认测试");
        driver.findElement(By.linkText("教育局民政局联合发文确认测试")).click();
        assertThat(h1()).isEqualTo("教育局民政局联合发文确认测试");
        assertThat(pageText()).contains("示范县民政局（待该单位确认）").doesNotContain("签发并发布", "提交保密审查");
        new FormPage(driver).clickButton("以示范县民政局名义确认联合发文");
        assertThat(pageText()).contains("已确认联合发文").doesNotContain("待该单位确认");
        assertThat(editing.unconfirmedIssuers(id)).isEmpty();
    }

    /** §24: a formed date stored before input was checked (0001-01-01) no longer breaks the lists with a 400. */
    @Test
    void oneOutOfRangeStoredDateDoesNotBreakTheLists() {
        long unit = jdbc.sql("select id from organization where name = '示范县城关镇人民政府'")
                .query(Long.class)
                .single();
        actAs("cg_editor");
        long id = editing.create(unit, notice("远古日期测试", List.of()));
        jdbc.sql("update information_record set formed_date = ? where id = ?")
                .params(LocalDate.of(1, 1, 1), id)
                .update();
        signIn("cg_editor");
        open("/console/information");
        assertThat(h1()).isEqualTo("政府信息");
        assertThat(pageText()).contains("远古日期测试", "超出工作日历范围");
        driver.manage().deleteAllCookies();
        signIn("gkb");
        open("/console/information/deadlines");
        assertThat(h1()).isNotEqualTo("请求有误");
        assertThat(pageText()).contains("远古日期测试", "示范县城关镇人民政府");
    }

    /** §25: paging past the end shows the last page; the deadlines list names the unit; revoking asks first. */
    @Test
    void pagingPastTheEnd_theDeadlinesUnitColumn_andConfirmationsBeforeDestructiveActions() {
        open("/openness/information?page=30");
        String pager = driver.findElement(By.cssSelector("nav.pager, .pager")).getText();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("第 (\\d+) / (\\d+) 页").matcher(pager);
        assertThat(m.find()).as(pager).isTrue();
        assertThat(m.group(1)).isEqualTo(m.group(2));

        signIn("gkb");
        open("/console/information/deadlines");
        assertThat(driver.findElements(By.cssSelector("th")).stream()
                        .map(e -> e.getText())
                        .toList())
                .contains("单位");
        driver.manage().deleteAllCookies();

        signIn("secadmin");
        open("/console/staff/"
                + jdbc.sql("select id from staff_member where username = 'hd_editor'")
                        .query(Long.class)
                        .single());
        var confirm = driver.findElement(By.xpath("//button[starts-with(normalize-space(.), '确认撤销')]"));
        assertThat(confirm.isDisplayed())
                .as("the revoke button is hidden until asked for")
                .isFalse();
        driver.findElement(By.xpath("//summary[normalize-space(.)='撤销…']")).click();
        assertThat(confirm.isDisplayed()).isTrue();
    }
}
