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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

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
    }
}
