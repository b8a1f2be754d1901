package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The county's set-up as its administrators do it: the system administrator creates a department and
 * an account, the security administrator grants a scoped role, the new colleague changes the one-time
 * password at first sign-in; and a township's editor is refused another township's page.
 */
class AdministrationBrowserTests extends BrowserTest {

    @Test
    void createADepartment_anAccount_grantAScopedRole_andForceThePasswordChange() {
        signIn("sysadmin");
        open("/console/organizations/new");
        FormPage form = new FormPage(driver);
        form.type("name", "示范县统计局")
                .choose("kind", "政府工作部门")
                .choose("parentId", "示范县人民政府")
                .choose("jurisdictionId", "510799 示范县")
                .type("creditCode", "11510799MB0009999X")
                .type("phone", "0818-6201234")
                .submitFormOf("name");
        assertThat(pageText()).contains("统一社会信用代码校验位不正确");
        assertThat(driver.findElement(By.id("creditCode")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        String valid = "11510799MB0009999";
        valid += org.gongkai.organization.UnifiedSocialCreditCode.checkCharacter(valid);
        form.type("creditCode", valid).submitFormOf("name");
        assertThat(pageText()).contains("已创建单位“示范县统计局”");
        assertThat(h1()).isEqualTo("示范县统计局");

        open("/console/staff/new");
        new FormPage(driver)
                .type("username", "tj_editor")
                .type("displayName", "冯统计")
                .choose("organizationId", "示范县统计局")
                .submitFormOf("username");
        assertThat(h1()).isEqualTo("账号已创建");
        String oneTimePassword = byId("one-time-password").getText();
        assertThat(pageText()).doesNotContain("授予角色");

        driver.manage().deleteAllCookies();
        signIn("secadmin");
        open("/console/staff");
        driver.findElement(By.linkText("tj_editor")).click();
        new FormPage(driver)
                .choose("role", "信息员")
                .choose("grantOrganizationId", "示范县统计局")
                .submitFormOf("role");
        assertThat(pageText()).contains("已授予角色“信息员”", "示范县统计局");
        // a forged form with a role that does not exist is named, not granted
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelector('#role option').value = 'KING';");
        new FormPage(driver).submitFormOf("role");
        assertThat(pageText()).contains("角色“KING”不存在");

        driver.manage().deleteAllCookies();
        signInPage().signIn("tj_editor", oneTimePassword, null);
        assertThat(h1()).isEqualTo("修改密码");
        open("/console/organizations");
        assertThat(h1()).as("every console page waits for the new password").isEqualTo("修改密码");
        new FormPage(driver)
                .type("currentPassword", oneTimePassword)
                .type("newPassword", "Tongji@2026")
                .type("repeatedPassword", "Tongji@2026")
                .submitFormOf("newPassword");
        assertThat(h1()).isEqualTo("工作台");
        assertThat(pageText()).contains("冯统计", "示范县统计局", "信息员");

        // issue 9 §8: the system administrator resets the password with a reason; the signed-in session ends
        java.util.Set<org.openqa.selenium.Cookie> editorSession =
                driver.manage().getCookies();
        driver.manage().deleteAllCookies();
        signIn("sysadmin");
        open("/console/staff");
        driver.findElement(By.linkText("tj_editor")).click();
        new FormPage(driver).type("reason", "本人遗忘密码，已电话核实身份").submitFormOf("reason");
        String resetPassword = byId("one-time-password").getText();
        driver.manage().deleteAllCookies();
        open("/console/signin");
        editorSession.forEach(c -> driver.manage().addCookie(c));
        open("/console");
        assertThat(h1()).isEqualTo("工作人员登录");
        assertThat(pageText()).contains("原有登录已失效");
        signInPage().signIn("tj_editor", resetPassword, null);
        assertThat(h1()).isEqualTo("修改密码");
        assertThat(byId("last-reset").getText()).contains("由管理员 sysadmin");
        new FormPage(driver)
                .type("currentPassword", resetPassword)
                .type("newPassword", "Tongji@2027")
                .type("repeatedPassword", "Tongji@2027")
                .submitFormOf("newPassword");
        assertThat(byId("since-last-sign-in").getText()).contains("由管理员 sysadmin 重置");
    }

    @Test
    void aTownshipEditorIsRefusedAnotherTownship() {
        signIn("cg_editor");
        open("/console/organizations");
        assertThat(pageText()).contains("示范县城关镇人民政府").doesNotContain("示范县河东镇人民政府");
        driver.findElement(By.linkText("示范县城关镇人民政府")).click();
        String ownUrl = driver.getCurrentUrl();
        long ownId = Long.parseLong(ownUrl.substring(ownUrl.lastIndexOf('/') + 1));
        new FormPage(driver).type("officeHours", "工作日 8:30—12:00").submitFormOf("officeHours");
        assertThat(pageText()).contains("已保存机构职能和联系方式");

        // the neighbouring township, reached by editing the address bar
        long hedong = ownId + 1;
        open("/console/organizations/" + hedong);
        assertThat(h1()).isEqualTo("无权访问");
        assertThat(pageText()).contains("不在您的管理范围内");
        open("/console/staff");
        assertThat(pageText()).contains("无权访问").doesNotContain("hd_editor");
    }

    /**
     * Issue 11 §2: the system administrator issues a hotline's API token on the handler's account page; it is shown
     * once, works at once, and stops working when revoked behind the confirmation step.
     */
    @Test
    void issueAnApiTokenOnce_useIt_andRevokeIt() throws Exception {
        signIn("sysadmin");
        open("/console/staff");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("cg_handler")));
        assertThat(pageText()).contains("接口令牌", "该账号还没有接口令牌");
        String town = new org.openqa.selenium.support.ui.Select(byId("organizationId"))
                .getFirstSelectedOption()
                .getAttribute("value");
        assertThat(seriousAccessibilityViolations())
                .as("account page with tokens")
                .isEmpty();
        new FormPage(driver).type("tokenName", "x").submitFormOf("tokenName");
        assertThat(pageText()).contains("请写明令牌的用途");
        new FormPage(driver).type("tokenName", "12345 热线").submitFormOf("tokenName");
        assertThat(h1()).isEqualTo("接口令牌已签发");
        String token = byId("api-token").getText();
        assertThat(token).startsWith("gk_").hasSize(43);
        assertThat(seriousAccessibilityViolations()).as("the issued token").isEmpty();

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest statistics = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url("/api/v1/requests/statistics?organization=" + town + "&year=2026")))
                .header("Authorization", "Bearer " + token)
                .build();
        assertThat(http.send(statistics, java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("返回账号")));
        assertThat(pageText()).contains("12345 热线", token.substring(0, 9), "有效").doesNotContain(token);
        driver.findElement(By.cssSelector("#tokens-heading ~ table summary")).click();
        FormPage.clickAndWaitForNextPage(
                driver, driver.findElement(By.cssSelector("#tokens-heading ~ table button.danger")));
        assertThat(pageText()).contains("已撤销该接口令牌", "已撤销（sysadmin）");
        assertThat(http.send(statistics, java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }
}
