package org.gongkai.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

    /** Clicks the submit button of the form that contains the given field. */
    void submitFormOf(String fieldId) {
        WebElement form = driver.findElement(By.id(fieldId)).findElement(By.xpath("./ancestor::form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    void clickButton(String text) {
        driver.findElement(By.xpath("//button[normalize-space(.)='" + text + "']")).click();
    }
}
