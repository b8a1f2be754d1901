package org.gongkai.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Fills a console form by its labelled fields' ids and submits it with its own button. */
final class FormPage {

    private final WebDriver driver;

    FormPage(WebDriver driver) {
        this.driver = driver;
    }

    FormPage type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    FormPage choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Clicks the submit button of the form that contains the given field, and waits for the answer page. */
    void submitFormOf(String fieldId) {
        WebElement form = driver.findElement(By.id(fieldId)).findElement(By.xpath("./ancestor::form"));
        clickAndWaitForNextPage(driver, form.findElement(By.cssSelector("button[type=submit]")));
    }

    void clickButton(String text) {
        clickAndWaitForNextPage(driver, driver.findElement(By.xpath("//button[normalize-space(.)='" + text + "']")));
    }

    /** Clicks and waits until the current page is replaced, so that nothing is read from the old one. */
    static void clickAndWaitForNextPage(WebDriver driver, WebElement button) {
        WebElement html = driver.findElement(By.tagName("html"));
        button.click();
        // a bound for a page that never comes, not a timing claim: a loaded machine (two suites at once, the
        // coverage agent) once took longer than 20 s for one form post
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> {
            try {
                html.getTagName();
                return false;
            } catch (WebDriverException gone) {
                return true; // stale, or its node already left the document
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
