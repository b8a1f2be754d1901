package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signing in as a person does: the dashboard, the lockout, the administrator's second factor. */
class SignInBrowserTests extends BrowserTest {

    @Test
    void anEditorSignsInAndSeesHisUnitAndRole() {
        signIn("edu_editor");
        assertThat(pageText()).contains("张信息", "示范县教育局", "信息员");
        assertThat(pageText()).doesNotContain("审计日志", "账号与角色");
    }

    // cg_signer is used by no other browser test: the browser tests share one application
    @Test
    void fiveWrongPasswordsLockTheAccount_andNoAnswerTellsWhy() {
        SignInPage unknown = signInPage();
        unknown.signIn("no_such_account", "Wrong@2026", null);
        String answer = unknown.alert();
        assertThat(answer).contains("用户名、密码或动态口令错误");
        for (int i = 1; i <= 5; i++) {
            SignInPage page = signInPage();
            page.signIn("cg_signer", "Wrong@2026", null);
            assertThat(page.alert()).isEqualTo(answer);
        }
        SignInPage page = signInPage();
        page.signIn("cg_signer", DEMO_PASSWORD, null);
        assertThat(page.alert())
                .as("the right password while locked: the same answer")
                .isEqualTo(answer);
        assertThat(h1()).isEqualTo("工作人员登录");

        // the security administrator sees the lock in the console
        signIn("secadmin");
        open("/console/staff");
        assertThat(driver.findElement(org.openqa.selenium.By.xpath("//tr[td[contains(., 'cg_signer')]]"))
                        .getText())
                .contains("锁定至");
    }

    @Test
    void anAdministratorWithoutTheCodeIsRefused_withItIsAdmitted() {
        SignInPage page = signInPage();
        page.signIn("auditadmin", DEMO_PASSWORD, null);
        assertThat(page.alert()).contains("动态口令");
        signIn("auditadmin");
        assertThat(pageText()).contains("审计管理员", "审计日志");
    }

    @Test
    void theConsoleNeedsSignIn() {
        open("/console/organizations");
        assertThat(h1()).isEqualTo("工作人员登录");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("edu_editor");
        new FormPage(driver).clickButton("退出登录");
        assertThat(pageText()).contains("您已安全退出");
        open("/console");
        assertThat(h1()).isEqualTo("工作人员登录");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * Issue 13: the session is kept in the database, not in the node's memory — any node serves it, and removing it
     * there signs the person out everywhere; the second-factor code typed at sign-in is not kept in it.
     */
    @Test
    void theSessionLivesInTheDatabase_withoutTheCodeTypedAtSignIn() {
        String code = currentTotp("sysadmin");
        signInPage().signIn("sysadmin", DEMO_PASSWORD, code);
        assertThat(h1()).isEqualTo("工作台");
        java.util.List<String> sessions = jdbc.sql("select primary_id from spring_session where principal_name = ?")
                .param("sysadmin")
                .query(String.class)
                .list();
        assertThat(sessions).isNotEmpty();
        java.util.List<byte[]> attributes = jdbc.sql(
                        "select a.attribute_bytes from spring_session_attributes a join spring_session s "
                                + "on s.primary_id = a.session_primary_id where s.principal_name = ?")
                .param("sysadmin")
                .query(byte[].class)
                .list();
        assertThat(attributes).isNotEmpty();
        assertThat(attributes)
                .as("the TOTP code is erased before the session is stored")
                .noneMatch(bytes -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(code));

        jdbc.sql("delete from spring_session where principal_name = ?")
                .param("sysadmin")
                .update();
        open("/console");
        assertThat(h1()).as("the session was only in the database").isEqualTo("工作人员登录");
    }
}
