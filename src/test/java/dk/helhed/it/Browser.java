package dk.helhed.it;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debian's headless Chromium, driven by its own chromedriver (Selenium Manager never downloads anything). */
public final class Browser {
    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        // a Danish phone: headless Chromium sends "Accept-Language: en-US" whatever --lang says, --accept-lang sets it
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=360,800", "--lang=da", "--accept-lang=da",
                "--user-data-dir=" + Files.createTempDirectory("helhed-chromium"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A page test's steps. */
    public interface Steps {
        void run() throws Exception;
    }

    /** Runs a page test's steps; when they fail, the page's screenshot and HTML are kept in target/ as evidence. */
    public static void withEvidence(ChromeDriver browser, String name, Steps steps) throws Throwable {
        try {
            steps.run();
        } catch (Throwable failure) {
            Files.write(Path.of("target", name + "-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(Path.of("target", name + "-failure.html"), browser.getPageSource());
            throw failure;
        }
    }
}
