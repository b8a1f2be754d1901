package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongkai.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the application on a random port with the demo county, driven by
 * Debian's headless Chromium through Selenium (never a downloaded driver). Page objects live beside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "Demo@2026";
    static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    static ChromeDriverService service;
    static WebDriver driver;
    static Path profile;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("gongkai-chromium");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @AfterEach
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private static final java.util.Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

    /** The administrator's current code; waits for a fresh 30-second step if this one was used (no replay). */
    static String currentTotp(String username) {
        try {
            long step = System.currentTimeMillis() / 1000 / 30;
            while (LAST_STEP.getOrDefault(username, -1L) >= step) {
                Thread.sleep(500);
                step = System.currentTimeMillis() / 1000 / 30;
            }
            LAST_STEP.put(username, step);
            return new DefaultCodeGenerator().generate(DEMO_TOTP_SECRET, step);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    SignInPage signInPage() {
        open("/console/signin");
        return new SignInPage(driver);
    }

    /** Signs in a demo account (with its TOTP code when it is an administrator) and lands on the dashboard. */
    void signIn(String username) {
        boolean admin = username.endsWith("admin");
        signInPage().signIn(username, DEMO_PASSWORD, admin ? currentTotp(username) : null);
        assertThat(h1()).as("signed in as %s: %s", username, pageText()).isEqualTo("工作台");
    }

    /** axe-core's serious and critical violations on the current page, one line each. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() throws IOException {
        String axe = System.getProperty("gongkai.test.axe");
        if (axe == null || axe.isBlank() || !Files.exists(Path.of(axe))) {
            throw new IllegalStateException(
                    "axe-core not found (gongkai.test.axe=" + axe + "); run the suite with bin/test");
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(Path.of(axe), StandardCharsets.UTF_8));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (List<String>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document).then(function (r) { done(r.violations"
                + ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' @ '"
                + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); });");
    }
}
