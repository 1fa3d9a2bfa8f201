package dk.helhed.it;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Volunteers sign up on the page, open the link from the mail, confirm, sign in and edit their profile, in Danish
 * and in Arabic; a forgotten password is reset from its mail; a coordinator invites partner staff who accept on
 * the invitation page. Headless Chromium, 360 px wide, axe-core on every page.
 */
class AccountPagesIT extends PageTest {
    private static final Pattern LINK = Pattern.compile("https://helhed\\.test/([a-z-]+\\?t=[A-Za-z0-9_-]{22}[^\\s]*)");
    private static final String PASSWORD = "a long volunteer passphrase";
    private static final java.time.ZoneId KOEGE = java.time.ZoneId.of("Europe/Copenhagen");
    private static FakeSmtp smtp;

    @BeforeAll
    static void startFakeSmtp() throws Exception {
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
    }

    @AfterAll
    static void stopFakeSmtp() {
        smtp.stop();
    }

    @Test
    void aVolunteerSignsUpConfirmsSignsInAndEditsTheProfileInDanish() throws Throwable {
        Browser.withEvidence(browser, "account-pages-danish", this::danish);
    }

    @Test
    void aVolunteerDoesTheSameInArabic() throws Throwable {
        Browser.withEvidence(browser, "account-pages-arabic", this::arabic);
    }

    @Test
    void aForgottenPasswordIsResetFromTheLinkInTheMail() throws Throwable {
        Browser.withEvidence(browser, "account-pages-reset", this::resets);
    }

    @Test
    void aCoordinatorInvitesPartnerStaffWhoAcceptOnTheInvitationPage() throws Throwable {
        Browser.withEvidence(browser, "account-pages-invitation", this::invites);
    }

    @Test
    void anAdminSearchesTheAccessLogForAFailedSignInAndABadDayIsRefusedInPlace() throws Throwable {
        Browser.withEvidence(browser, "account-pages-access-log", this::accessLog);
    }

    @Test
    void aCoordinatorAnswersAResidentsRequestFindsCorrectsAndErasesOnThePage() throws Throwable {
        Browser.withEvidence(browser, "account-pages-data-subject", this::dataSubject);
    }

    private void dataSubject() throws Exception {
        laptop();
        String coordinator = api.newStaff("COORDINATOR", null);
        var start = java.time.ZonedDateTime.of(java.time.LocalDate.now(KOEGE).plusDays(5), java.time.LocalTime.of(13, 0),
                KOEGE).toInstant();
        long slot = api.newSlot(start).getJsonNumber("id").longValue();
        String phone = Api.newPhone();
        var booked = api.post("api/v1/staff/appointments", Json.createObjectBuilder().add("slotId", slot)
                .add("name", "Hodan Warsame").add("phone", phone).add("note", "husleje").add("consent", true)
                .add("language", "da").build().toString(), Api.as(coordinator));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String reference = booked.json().getString("reference");

        browser.get(deployment + "login?lang=da");
        signIn(coordinator, Api.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/coordinator/rota"));
        nav("nav-data-subject");
        wait.until(ExpectedConditions.titleIs("Persondata: indsigt, rettelse og sletning"));
        Accessibility.assertNoSeriousViolations(browser, "the data-subject page, empty");

        browser.findElement(By.id("search:who")).sendKeys("hello");
        browser.findElement(By.id("search:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:who-error"))).getText())
                .isEqualTo("Det er hverken et telefonnummer eller en e-mailadresse.");

        // the number as a resident says it on the phone, with spaces and without +45
        var who = browser.findElement(By.id("search:who"));
        who.clear();
        who.sendKeys(phone.substring(3, 5) + " " + phone.substring(5, 7) + " " + phone.substring(7));
        browser.findElement(By.id("search:submit")).click();
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#appointments tr.appointment")));
        assertThat(row.getText()).contains(reference, "Hodan Warsame", "husleje", "Booket");
        assertThat(browser.getCurrentUrl()).as("the number is in no address").doesNotContain(phone.substring(5));
        assertThat(browser.findElement(By.id("export:download")).isDisplayed()).isTrue();
        Accessibility.assertNoSeriousViolations(browser, "the data-subject page with a booking");

        // corrected in place; a bad phone is refused next to its field and nothing changes
        var phoneField = browser.findElement(By.id("correction:phone"));
        phoneField.clear();
        phoneField.sendKeys("12");
        browser.findElement(By.id("correction:save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction:phone-error")))
                .getText()).isNotBlank();
        assertThat(api.appointment(reference).getString("phone")).isEqualTo(phone);
        phoneField = browser.findElement(By.id("correction:phone"));
        phoneField.clear();
        phoneField.sendKeys(phone);
        var name = browser.findElement(By.id("correction:name"));
        name.clear();
        name.sendKeys("Hodan A. Warsame");
        browser.findElement(By.id("correction:save")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#status .success"), "Oplysningerne er rettet."));
        assertThat(browser.findElement(By.cssSelector("#appointments tr.appointment")).getText())
                .contains("Hodan A. Warsame");
        assertThat(api.appointment(reference).getString("name")).isEqualTo("Hodan A. Warsame");

        // erased after one more question
        browser.findElement(By.id("erasure:ask")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erase-confirm")));
        Accessibility.assertNoSeriousViolations(browser, "the erasure question");
        browser.findElement(By.id("erasure:yes")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status .success")))
                .getText()).startsWith("Slettet: 1 aftaler");
        assertThat(browser.findElement(By.id("nothing")).getText())
                .isEqualTo("Helhed har ingen oplysninger om dette nummer eller denne adresse.");
        assertThat(api.appointment(reference).getBoolean("erased")).isTrue();
    }

    @Test
    void aVolunteerDeletesTheirAccountFromTheProfilePageAndAnAdminDeactivatesALeaver() throws Throwable {
        Browser.withEvidence(browser, "account-pages-leaving", this::leaving);
    }

    private void leaving() throws Exception {
        String email = newEmail();
        var made = api.post("api/v1/test-support/volunteering/volunteers?email=" + email + "&password="
                + Api.STAFF_PASSWORD + "&phone=" + Api.newPhone().replace("+", "%2B") + "&sms=false", null);
        assertThat(made.status()).as(made.body()).isEqualTo(200);

        browser.get(deployment + "login?lang=da");
        signIn(email, Api.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/volunteer/"));
        browser.findElement(By.id("nav-profile")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("own-data-title")));
        assertThat(browser.findElement(By.id("download")).getAttribute("href")).endsWith("/api/v1/account/data");
        Accessibility.assertNoSeriousViolations(browser, "the profile with the delete form");

        browser.findElement(By.id("deletion:password")).sendKeys("not my password");
        browser.findElement(By.id("deletion:delete")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deletion:password-error")))
                .getText()).isEqualTo("Det er ikke din nuværende adgangskode.");
        browser.findElement(By.id("deletion:password")).sendKeys(Api.STAFF_PASSWORD);
        browser.findElement(By.id("deletion:delete")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-deleted"))).getText())
                .isEqualTo("Din konto er slettet. Tak for din hjælp.");
        signIn(email, Api.STAFF_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.getCurrentUrl()).contains("/login");

        // an admin deactivates another volunteer who left
        laptop();
        String leaver = newEmail();
        assertThat(api.post("api/v1/test-support/volunteering/volunteers?email=" + leaver + "&password="
                + Api.STAFF_PASSWORD + "&phone=" + Api.newPhone().replace("+", "%2B") + "&sms=false", null)
                .status()).isEqualTo(200);
        String admin = api.newStaff("ADMIN", null);
        browser.manage().deleteAllCookies();
        browser.get(deployment + "login?lang=da");
        signIn(admin, Api.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/coordinator/rota"));
        nav("nav-accounts");
        wait.until(ExpectedConditions.titleIs("Konti"));
        Accessibility.assertNoSeriousViolations(browser, "the accounts page");
        var row = browser.findElements(By.cssSelector("tr.account")).stream()
                .filter(r -> r.getText().contains(leaver)).findFirst().orElseThrow();
        String id = row.getAttribute("data-account");
        row.findElement(By.cssSelector("input.deactivate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-" + id)));
        browser.findElement(By.cssSelector("tr[data-account='" + id + "'] input.confirm-deactivate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#status .success"),
                "er deaktiveret."));
        assertThat(browser.findElement(By.cssSelector("tr[data-account='" + id + "'] .active")).getText())
                .isEqualTo("Nej");
        assertThat(api.get("api/v1/account/profile", Api.basic(leaver, Api.STAFF_PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void aCoordinatorEnrolsTheSecondFactorAtTheFirstSignInThenSignsInWithACodeOrARecoveryCode() throws Throwable {
        Browser.withEvidence(browser, "account-pages-second-factor", this::secondFactor);
    }

    private void secondFactor() throws Exception {
        String coordinator = "koordinator-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@helhed.test";
        assertThat(api.post("api/v1/test-support/accounts?email=" + coordinator + "&password=" + Api.STAFF_PASSWORD
                + "&roles=COORDINATOR&secondFactor=false", null).status()).isEqualTo(200);

        // the first sign-in sets the app up before anything else
        browser.get(deployment + "coordinator/rota?lang=da");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(coordinator);
        browser.findElement(By.id("login:password")).sendKeys(Api.STAFF_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.titleIs("Sæt to-trins-login op"));
        assertThat(browser.findElement(By.cssSelector(".qr svg path")).getAttribute("d")).startsWith("M");
        Accessibility.assertNoSeriousViolations(browser, "the enrolment page");
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        browser.findElement(By.id("enrol:code")).sendKeys("000000");
        browser.findElement(By.id("enrol:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrol:code-error"))).getText())
                .isEqualTo("Koden passer ikke. Skriv den kode på seks cifre, som appen viser lige nu.");
        browser.findElement(By.id("enrol:code")).sendKeys(dk.helhed.signin.control.Totp.code(secret,
                dk.helhed.signin.control.Totp.step(java.time.Instant.now())));
        browser.findElement(By.id("enrol:submit")).click();
        var codes = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(
                "#recovery-codes li")));
        assertThat(codes).hasSize(10);
        String recovery = codes.get(3).getText();
        Accessibility.assertNoSeriousViolations(browser, "the recovery codes");
        browser.findElement(By.id("codes:continue")).click();
        wait.until(ExpectedConditions.urlContains("/coordinator/rota"));

        // the next sign-in asks for the code, on a phone; a wrong one is refused in place, a recovery code works once
        phone();
        browser.manage().deleteAllCookies();
        browser.get(deployment + "login?lang=da");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(coordinator);
        browser.findElement(By.id("login:password")).sendKeys(Api.STAFF_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.titleIs("Skriv koden fra din app"));
        Accessibility.assertNoSeriousViolations(browser, "the code page");
        // with a second factor, the password alone does not reach the set-up: nobody replaces the app that way
        String codePage = browser.getCurrentUrl();
        browser.get(deployment + "login-enrol?lang=da");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("expired"))).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("enrol:code"))).isEmpty();
        browser.get(codePage);
        browser.findElement(By.id("second:code")).sendKeys("123456");
        browser.findElement(By.id("second:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second:code-error"))).getText())
                .isEqualTo("Koden passer ikke. Prøv igen med den kode, appen viser nu.");
        browser.findElement(By.id("second:code")).sendKeys(recovery);
        browser.findElement(By.id("second:submit")).click();
        wait.until(ExpectedConditions.urlContains("/coordinator/rota"));

        // the sign-in security page: nine codes left, no way to turn it off, and a token for a program
        browser.get(deployment + "account/second-factor?lang=da");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state"))).getText())
                .contains("To-trins-login er slået til", "Gendannelseskoder tilbage: 9");
        assertThat(browser.findElements(By.id("remove:submit"))).as("required for a coordinator").isEmpty();
        browser.findElement(By.id("token:name")).sendKeys("Regneark");
        browser.findElement(By.id("token:password")).sendKeys(Api.STAFF_PASSWORD);
        browser.findElement(By.id("token:submit")).click();
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token"))).getText();
        assertThat(browser.findElements(By.cssSelector("tr.token"))).hasSize(1);
        Accessibility.assertNoSeriousViolations(browser, "the sign-in security page");
        assertThat(api.get("api/v1/coordinator/volunteers", "Authorization", "Bearer " + token).status())
                .isEqualTo(200);

        // the used recovery code is spent
        browser.manage().deleteAllCookies();
        browser.get(deployment + "login?lang=da");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(coordinator);
        browser.findElement(By.id("login:password")).sendKeys(Api.STAFF_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second:code"))).sendKeys(recovery);
        browser.findElement(By.id("second:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second:code-error")));
        assertThat(browser.getCurrentUrl()).contains("/login-code");
    }

    private void accessLog() throws Exception {
        String admin = api.newStaff("ADMIN", null);
        String someone = newEmail();
        assertThat(api.get("api/v1/account/profile", Api.basic(someone, "a wrong guess")).status()).isEqualTo(401);

        browser.manage().deleteAllCookies();
        browser.get(deployment + "login?lang=da");
        signIn(admin, Api.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/coordinator/rota"));
        nav("nav-access-log");
        wait.until(ExpectedConditions.titleIs("Adgangslog"));
        browser.findElement(By.id("subject")).sendKeys("account:" + someone);
        browser.findElement(By.id("submit")).click();
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entries tr.entry")));
        assertThat(row.findElement(By.cssSelector(".action")).getText()).isEqualTo("SIGNIN_FAILED");
        assertThat(browser.findElements(By.cssSelector("#entries tr.entry"))).hasSize(1);
        Accessibility.assertNoSeriousViolations(browser, "the access log");

        browser.get(deployment + "admin/access-log?from=i+går");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")))
                .getText()).contains("Datoen skal skrives som ÅÅÅÅ-MM-DD.");
        assertThat(browser.findElements(By.cssSelector("#entries tr.entry"))).isEmpty();
    }

    private void danish() throws Exception {
        String email = newEmail();
        String phone = Api.newPhone();

        browser.get(deployment + "login");
        assertThat(browser.getTitle()).isEqualTo("Log ind");
        Accessibility.assertNoSeriousViolations(browser, "the sign-in page");
        browser.findElement(By.id("to-join")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join:name")));
        assertThat(browser.getTitle()).isEqualTo("Bliv frivillig");
        Accessibility.assertNoSeriousViolations(browser, "the sign-up page");

        // what happens to the information, from the form, in the page's language (GDPR Art. 13)
        browser.findElement(By.cssSelector("#join .privacy-link")).click();
        wait.until(ExpectedConditions.titleIs("Sådan passer vi på dine oplysninger"));
        assertThat(browser.findElement(By.id("controller")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Testplanen, Testvej 1, 4600 Køge",
                "privacy@helhed.test", "Navn, telefon, e-mail og besked fra en aftale: 90 dage efter aftalen.",
                "Datatilsynet");
        Accessibility.assertNoSeriousViolations(browser, "the privacy notice");
        browser.findElement(By.cssSelector("nav.languages a[hreflang='ar']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("كيف نحافظ على معلوماتك");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("90 يومًا بعد الموعد");
        Accessibility.assertNoSeriousViolations(browser, "the privacy notice in Arabic");
        browser.get(deployment + "join?lang=da");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join:name")));
        browser.findElement(By.id("join:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(WebElement::getText)
                .contains("Skriv dit navn.", "Skriv din e-mailadresse.", "Vælg en adgangskode.");
        Accessibility.assertNoSeriousViolations(browser, "the sign-up page with errors");

        browser.findElement(By.id("join:name")).sendKeys("Amira Haddad");
        browser.findElement(By.id("join:email")).sendKeys(email);
        browser.findElement(By.id("join:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("join:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("join:sms")).click();
        tick("join:languages", "ar");
        tick("join:languages", "da");
        tick("join:subjects", "MATHS");
        browser.findElement(By.id("join:submit")).click();
        var outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertThat(outcome.getText()).startsWith("Tak. Se i din indbakke");
        Accessibility.assertNoSeriousViolations(browser, "the sign-up page, done");

        var mail = awaitMail(email, 1);
        assertThat(mail.subject()).isEqualTo("Bekræft din e-mail til Helhed");
        browser.get(deployment + link(mail.body(), "verify-email"));
        var confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm:submit")));
        assertThat(browser.getTitle()).isEqualTo("Bekræft din e-mail");
        assertThat(api.get("api/v1/account/profile", Api.basic(email, PASSWORD)).status())
                .as("opening the page changes nothing").isEqualTo(401);
        Accessibility.assertNoSeriousViolations(browser, "the verification page");
        confirm.click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText())
                .isEqualTo("Din e-mail er bekræftet. Du kan logge ind nu.");
        browser.findElement(By.id("to-login")).click();

        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/volunteer/shifts"));

        String where = api.post("api/v1/test-support/places", null).json().getString("code");
        browser.get(deployment + "account/profile");
        var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:name")));
        assertThat(browser.getTitle()).isEqualTo("Min profil");
        assertThat(browser.findElement(By.id("email")).getText()).isEqualTo(email);
        assertThat(name.getAttribute("value")).isEqualTo("Amira Haddad");
        assertThat(checked("profile:languages", "ar")).isTrue();
        assertThat(checked("profile:subjects", "MATHS")).isTrue();
        assertThat(browser.findElement(By.id("profile:sms")).isSelected()).isTrue();
        Accessibility.assertNoSeriousViolations(browser, "the profile page");
        name.clear();
        name.sendKeys("Amira H.");
        tick("profile:subjects", "DANISH");
        tick("profile:places", where);
        browser.findElement(By.id("profile:submit")).click();
        awaitDone("Din profil er gemt.");
        assertThat(checked("profile:places", where)).as("the places where she helps").isTrue();
        Accessibility.assertNoSeriousViolations(browser, "the profile page, saved");

        var stored = api.get("api/v1/account/profile", Api.basic(email, PASSWORD)).json();
        assertThat(stored.getString("name")).isEqualTo("Amira H.");
        assertThat(stored.getString("phone")).isEqualTo(phone);
        assertThat(stored.getJsonArray("subjects").toString()).isEqualTo("[\"MATHS\",\"DANISH\"]");
        assertThat(stored.getJsonArray("languages").toString()).isEqualTo("[\"ar\",\"da\"]");
        assertThat(stored.getJsonArray("places").toString()).isEqualTo("[\"" + where + "\"]");
    }

    private void arabic() throws Exception {
        String email = newEmail();

        browser.get(deployment + "join?lang=ar");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join:name")));
        assertThat(browser.getTitle()).isEqualTo("كن متطوعا");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.findElement(By.id("join:name")).sendKeys("أميرة حداد");
        browser.findElement(By.id("join:email")).sendKeys(email);
        browser.findElement(By.id("join:password")).sendKeys("short");
        browser.findElement(By.id("join:sms")).click();
        browser.findElement(By.id("join:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(WebElement::getText)
                .contains("اكتب رقم هاتف لتصلك رسائل SMS.")
                .anySatisfy(t -> assertThat(t).startsWith("يجب أن تتكون كلمة المرور من 10"));
        Accessibility.assertNoSeriousViolations(browser, "the Arabic sign-up page with errors");
        browser.findElement(By.id("join:sms")).click();
        browser.findElement(By.id("join:password")).sendKeys(PASSWORD);
        tick("join:languages", "ar");
        browser.findElement(By.id("join:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText())
                .startsWith("شكرا لك.");

        var mail = awaitMail(email, 1);
        assertThat(mail.subject()).isEqualTo("أكّد بريدك الإلكتروني لدى Helhed");
        browser.get(deployment + link(mail.body(), "verify-email"));
        var confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm:submit")));
        assertThat(browser.getTitle()).isEqualTo("أكّد بريدك الإلكتروني");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic verification page");
        confirm.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("to-login"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        assertThat(browser.getTitle()).isEqualTo("تسجيل الدخول");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic sign-in page");
        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/volunteer/shifts"));

        browser.get(deployment + "account/profile?lang=ar");
        var phone = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:phone")));
        assertThat(browser.getTitle()).isEqualTo("ملفي الشخصي");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic profile page");
        phone.sendKeys("12");
        browser.findElement(By.id("profile:submit")).click();
        awaitProblem("رقم الهاتف غير صحيح.");
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).startsWith("رقم الهاتف غير صحيح.");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic profile page with an error");
        phone = browser.findElement(By.id("profile:phone"));
        phone.clear();
        String number = Api.newPhone();
        phone.sendKeys(number);
        browser.findElement(By.id("profile:submit")).click();
        awaitDone("تم حفظ ملفك الشخصي.");
        assertThat(api.get("api/v1/account/profile", Api.basic(email, PASSWORD)).json().getString("phone"))
                .isEqualTo(number);
    }

    private void resets() throws Exception {
        String email = newEmail();
        assertThat(api.post("api/v1/volunteers", Json.createObjectBuilder().add("name", "Jonas Berg")
                .add("email", email).add("password", PASSWORD).build().toString()).status()).isEqualTo(202);
        String verify = link(awaitMail(email, 1).body(), "verify-email");
        assertThat(api.post("api/v1/volunteers/verification", "{\"token\":\"" + verify.replaceAll(".*t=([^&]+).*",
                "$1") + "\"}").status()).isEqualTo(200);

        browser.get(deployment + "login");
        browser.findElement(By.id("to-forgot-password")).click();
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot:email")));
        Accessibility.assertNoSeriousViolations(browser, "the forgotten-password page");
        field.sendKeys(email);
        browser.findElement(By.id("forgot:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText())
                .startsWith("Hvis adressen har en konto");

        browser.get(deployment + link(awaitMail(email, 2).body(), "reset-password"));
        var password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:password")));
        Accessibility.assertNoSeriousViolations(browser, "the new-password page");
        password.sendKeys("my new passphrase");
        browser.findElement(By.id("reset:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText())
                .isEqualTo("Din nye adgangskode er gemt. Du kan logge ind med den nu.");
        browser.findElement(By.id("to-login")).click();
        signIn(email, "my new passphrase");
        wait.until(ExpectedConditions.urlContains("/volunteer/shifts"));

        browser.get(deployment + link(smtp.to(email).get(1).body(), "reset-password"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("broken"))).getText())
                .isEqualTo("Linket er allerede brugt. Bed om et nyt, hvis du har brug for det.");
    }

    private void invites() throws Exception {
        String coordinator = api.newStaff("COORDINATOR", null);
        var org = api.post("api/v1/test-support/people/organisations", null).json();
        String email = newEmail();

        browser.get(deployment + "coordinator/invitations");
        signIn(coordinator, Api.STAFF_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:name")));
        assertThat(browser.getTitle()).isEqualTo("Invitér medarbejdere");
        browser.findElement(By.id("invite:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(WebElement::getText)
                .contains("Skriv dit navn.", "Vælg en organisation.");
        browser.findElement(By.id("invite:name")).sendKeys("Lars Jensen");
        browser.findElement(By.id("invite:email")).sendKeys(email);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("invite:organisation")))
                .selectByValue(org.getString("code"));
        browser.findElement(By.id("invite:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending"), email));
        Accessibility.assertNoSeriousViolations(browser, "the coordinator's invitations");

        browser.manage().deleteAllCookies();
        // the link opens the page in the mail's language (Danish); the invitee reads English
        browser.get(deployment + link(awaitMail(email, 1).body(), "invitation"));
        wait.until(ExpectedConditions.titleIs("Din invitation"));
        browser.findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();
        wait.until(ExpectedConditions.titleIs("Your invitation"));
        var password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept:password")));
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo(org.getString("name"));
        Accessibility.assertNoSeriousViolations(browser, "the invitation page");
        password.sendKeys(PASSWORD);
        browser.findElement(By.id("accept:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText())
                .isEqualTo("Your account is ready. You can sign in now.");
        browser.findElement(By.id("to-login")).click();
        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/partner/blocks"));
    }

    private void signIn(String email, String password) {
        signInOnPage(email, password);
    }

    private void tick(String group, String value) {
        browser.findElement(By.cssSelector("input[name='" + group + "'][value='" + value + "']")).click();
    }

    private boolean checked(String group, String value) {
        return browser.findElement(By.cssSelector("input[name='" + group + "'][value='" + value + "']"))
                .isSelected();
    }

    private FakeSmtp.Mail awaitMail(String email, int count) throws InterruptedException {
        api.dispatch();
        var mails = smtp.awaitMailsTo(email, count);
        assertThat(mails).as("mails to " + email).hasSize(count);
        return mails.get(count - 1);
    }

    /** The path of the link to {@code page} in a mail, to open on the test server instead of helhed.test. */
    private static String link(String body, String page) {
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            if (m.group(1).startsWith(page + "?")) {
                return m.group(1);
            }
        }
        throw new AssertionError("no link to " + page + " in: " + body);
    }

    private static String newEmail() {
        return "page-volunteer-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.dk";
    }
}
