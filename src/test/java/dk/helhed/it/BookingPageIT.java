package dk.helhed.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident books on the Danish booking page in a real headless Chromium, 360 px wide like a small phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingPageIT {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static FakeTwilio twilio;
    private static ChromeDriver browser;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.helhed();
    }

    @BeforeAll
    static void start() throws Exception {
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        twilio.stop();
    }

    @Test
    void aResidentBooksAFreeSlotWithNameAndPhoneAndSeesTheConfirmation() throws Throwable {
        try {
            booksAFreeSlot();
        } catch (Throwable failure) {
            Files.write(Path.of("target", "booking-page-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(Path.of("target", "booking-page-failure.html"), browser.getPageSource());
            throw failure;
        }
    }

    private void booksAFreeSlot() throws Exception {
        var api = new Api(deployment);
        var slot = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(2), LocalTime.of(15, 0), KOEGE)
                .toInstant());
        String phone = Api.newPhone();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(deployment + "book?place=" + slot.getString("place"));
        assertThat(browser.getTitle()).isEqualTo("Book en tid hos en rådgiver");
        var choice = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='book:slot']")));
        assertThat(browser.findElement(By.cssSelector("label[for='" + choice.getAttribute("id") + "']")).getText())
                .contains("kl. 15:00");

        browser.findElement(By.id("book:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(e -> e.getText())
                .contains("Vælg en tid.", "Skriv dit navn.", "Skriv dit telefonnummer.");

        browser.findElement(By.cssSelector("input[name='book:slot']")).click();
        browser.findElement(By.id("book:name")).sendKeys("Hodan Warsame");
        browser.findElement(By.id("book:phone")).sendKeys("12 34");
        browser.findElement(By.id("book:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem"),
                "Telefonnummeret er ikke gyldigt"));

        browser.findElement(By.cssSelector("input[name='book:slot']")).click();
        var phoneField = browser.findElement(By.id("book:phone"));
        phoneField.clear();
        phoneField.sendKeys(phone.substring(3, 5) + " " + phone.substring(5, 7) + " " + phone.substring(7));
        browser.findElement(By.id("book:submit")).click();

        // the slot is held; the code from the SMS books it
        var codeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        String code = twilio.awaitCode(phone, 1);
        codeField.sendKeys(code.equals("000000") ? "111111" : "000000");
        browser.findElement(By.id("verify:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem"), "Koden passer ikke"));
        browser.findElement(By.id("verify:code")).sendKeys(code);
        browser.findElement(By.id("verify:submit")).click();

        var reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
        assertThat(reference).matches("H-[2-9A-HJ-NP-Z]{8}");
        assertThat(browser.findElement(By.id("when")).getText()).contains("kl. 15:00");
        assertThat(browser.findElement(By.id("where")).getText()).isEqualTo(slot.getString("placeName"));
        Files.write(Path.of("target", "booking-page-confirmation.png"), browser.getScreenshotAs(OutputType.BYTES));

        var sms = twilio.awaitSentTo(phone, 2).subList(1, 2);
        assertThat(sms).singleElement().satisfies(s -> assertThat(s.body()).contains(reference, "kl. 15:00"));
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).isEmpty();

        // the link in the SMS opens the manage page; opening it changes nothing, the button cancels
        String link = sms.get(0).body().replaceAll("(?s).*(https://helhed\\.test/\\S+).*", "$1");
        browser.get(link.replace("https://helhed.test/", deployment.toString()));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText())
                .isEqualTo(reference);
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).isEmpty();
        browser.findElement(By.id("manage:cancel")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelled")));
        assertThat(browser.findElement(By.id("cancelled")).getText()).isEqualTo("Aftalen er aflyst.");
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place")).array()).hasSize(1);

        browser.get(deployment + "manage?t=AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unknown"))).getText())
                .contains("Vi kan ikke finde en aftale");
        assertThat(browser.getPageSource()).doesNotContain(reference, "Hodan");
    }
}
