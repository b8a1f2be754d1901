package org.gongkai.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The console sign-in form. */
final class SignInPage {

    private final WebDriver driver;

    SignInPage(WebDriver driver) {
        this.driver = driver;
    }

    void signIn(String username, String password, String code) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        if (code != null) {
            driver.findElement(By.id("code")).sendKeys(code);
        }
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
    }

    String alert() {
        return driver.findElement(By.cssSelector("[role=alert]")).getText();
    }
}
