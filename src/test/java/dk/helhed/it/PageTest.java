package dk.helhed.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page test shares: the deployment in its own Payara Micro, one headless Chromium for the class, and each
 * test starting as a first visit (no cookies, so no language remembered from another test) at the real time, with
 * the test API and a wait at hand. Fakes a class needs (SMTP, Twilio) it starts itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PageTest {
    protected static ChromeDriver browser;

    @ArquillianResource
    protected URL deployment;

    protected Api api;
    protected WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.helhed();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void firstVisit() {
        api = new Api(deployment);
        api.realClock();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // a condition read while the page is being replaced fails with "node does not belong to the document"
        // (seen once in VolunteeringPagesIT); the wait reads it again, and still fails when its time is up
        wait.ignoring(WebDriverException.class);
        browser.get(deployment + "jakarta.faces.resource/css/helhed.css.xhtml");
        browser.manage().deleteAllCookies();
        phone();
    }

    /** A small phone's screen, as residents and volunteers use the pages. */
    /**
     * Signs in on the sign-in page shown: e-mail and password, then, where the account has a second factor (staff
     * do), the code its authenticator app shows now. Returns once the page has moved on (or refused).
     */
    protected void signInOnPage(String email, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login-code") || !d.getCurrentUrl().contains("/login")
                || !d.findElements(By.id("error-summary")).isEmpty());
        if (browser.getCurrentUrl().contains("/login-code")) {
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second:code"))).sendKeys(api.code(email));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            browser.findElement(By.id("second:submit")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/login-code")
                    || !d.findElements(By.cssSelector(".problem")).isEmpty());
        }
    }

    protected static void phone() {
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    /** A laptop's screen, as the secretariat uses its pages. */
    protected static void laptop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * What a person reads in the element: its text without the invisible marks that keep a date or a time on one
     * line (no-break spaces read as spaces; word joiners and direction isolates are not read).
     */
    protected static String read(WebElement element) {
        return element.getText().replace('\u00A0', ' ').replaceAll("[\u2060\u2066-\u2069]", "");
    }

    protected static String read(By locator) {
        return read(browser.findElement(locator));
    }

    /**
     * Follows a link of the navigation bar as a person does: a page in a group (set-up, administration) is reached
     * by opening the group first, unless it is open already.
     */
    protected static void nav(String id) {
        var link = browser.findElement(By.id(id));
        if (!link.isDisplayed()) {
            link.findElement(By.xpath("ancestor::details/summary")).click();
        }
        link.click();
    }

    private static final java.util.regex.Pattern RAW_KEY = java.util.regex.Pattern.compile(
            "\\b(page|field|message|nav|problem|status|format|language)\\.[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*\\b");

    /**
     * The page is in {@code language} as a whole ({@code lang} and {@code dir} on html) and shows no raw text key
     * ("???page.x???" or "page.book.title"): every text it names exists in that language.
     */
    protected static void assertPageIn(dk.helhed.i18n.Language language) {
        var html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo(language.tag());
        assertThat(html.getAttribute("dir")).isEqualTo(language.direction());
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(browser.getPageSource()).as("a missing text").doesNotContain("???");
        assertThat(RAW_KEY.matcher(text).results().map(java.util.regex.MatchResult::group).toList())
                .as("raw text keys on %s", browser.getCurrentUrl()).isEmpty();
    }

    /** The longest run of a message's own words between its arguments, as the person reads them. */
    protected static String wordsOf(dk.helhed.i18n.Language language, String key) {
        return java.util.Arrays.stream(dk.helhed.i18n.Texts.text(language, key).split("\\{\\d+[^}]*}"))
                .map(String::strip).max(java.util.Comparator.comparingInt(String::length)).orElseThrow()
                .replace("''", "'");
    }

    /** Waits until what went well says {@code text}, shown as a status: never as a problem. */
    protected void awaitDone(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
        assertThat(browser.findElement(By.id("status")).getAttribute("role")).isEqualTo("status");
        assertThat(browser.findElements(By.id("error-summary"))).as("nothing went wrong").isEmpty();
    }

    /** Waits until the error summary at the top says {@code text}, and checks it has the focus, as a reader needs. */
    protected void awaitProblem(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), text));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the summary takes the focus")
                .isEqualTo("error-summary");
    }

    /**
     * On an event's confirmation, signs one more person up with the same phone through the link {@code linkId}, enters
     * the code from the SMS number {@code nth} to that phone, and returns what the page then says.
     */
    protected String signUpAnother(String linkId, String name, String phone, FakeTwilio twilio, int nth)
            throws InterruptedException {
        browser.findElement(By.id(linkId)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name"))).sendKeys(name);
        browser.findElement(By.id("signup:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("signup:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")))
                .sendKeys(twilio.awaitCode(phone, nth));
        browser.findElement(By.id("verify:submit")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText();
    }
}
