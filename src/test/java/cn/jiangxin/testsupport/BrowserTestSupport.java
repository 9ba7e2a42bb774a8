package cn.jiangxin.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for browser tests (class names end in BrowserTest; failsafe runs them in {@code ./mvnw verify}): the whole
 * application with demo data on a random port, driven by Debian's headless Chromium and ChromeDriver.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    public static final String DEMO_PASSWORD = "jiangxin2025";

    @LocalServerPort
    protected int port;

    protected WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("jx-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected void login(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submitAndWaitForNextPage(browser.findElement(By.id("login-submit")));
    }

    /** Signs out through the account menu, as a user would. */
    protected void logout() {
        browser.findElement(By.id("account-menu")).click();
        submitAndWaitForNextPage(waitFor(By.id("logout")));
    }

    /** Clicks and waits until the browser has left the page, so the next read is not of the old, reloading page. */
    protected void submitAndWaitForNextPage(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> gone(button));
    }

    /**
     * Whether the element has left the page. Chromium sometimes answers a question about an element of a page that is
     * being replaced with "Node with given id does not belong to the document" instead of a stale element: that is
     * gone as well (ExpectedConditions.stalenessOf let it fail a test now and then).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Opens a page of the navigation bar's menu {@code menuId} (e.g. the talent's 待遇与服务) as a user would. */
    protected void openFromMenu(String menuId, String itemId) {
        if (!browser.findElement(By.id(menuId)).isDisplayed()) { // a phone-sized window folds the bar behind ☰
            waitFor(By.className("navbar-toggler")).click();
        }
        waitFor(By.id(menuId)).click();
        submitAndWaitForNextPage(waitFor(By.id(itemId)));
    }

    protected void waitForText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * On a recommendation form: uploads {@code pdf} as the evidence of the first achievement, then as the signed and
     * stamped form, each time waiting for the page that says so.
     */
    protected void uploadEvidenceAndStampedForm(Path pdf) {
        new Select(browser.findElement(By.id("upload-kind"))).selectByValue("EVIDENCE");
        new Select(browser.findElement(By.id("upload-achievement"))).selectByValue("0");
        browser.findElement(By.id("upload-file")).sendKeys(pdf.toString());
        submitAndWaitForNextPage(browser.findElement(By.id("upload-submit")));
        waitForText(By.tagName("body"), "已上传");
        new Select(browser.findElement(By.id("upload-kind"))).selectByValue("STAMPED_FORM");
        browser.findElement(By.id("upload-file")).sendKeys(pdf.toString());
        submitAndWaitForNextPage(browser.findElement(By.id("upload-submit")));
        waitForText(By.id("files"), "签字盖章的推荐表扫描件");
    }

    protected String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
