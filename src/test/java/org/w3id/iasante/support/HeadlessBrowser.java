package org.w3id.iasante.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven by Selenium, for the browser tests: started once per test
 * class, a reader whose browser asks for French, every request it makes logged so that a test can
 * prove none leaves this host. {@code .ci/run} installs Chromium and sets
 * {@code IAS_REQUIRE_BROWSER=1}: there a missing browser fails the class; elsewhere each test
 * reports its own skip, saying what is missing.
 */
public final class HeadlessBrowser implements AutoCloseable {

    /** Debian's paths; -Dias.chromium=… and -Dias.chromedriver=… point elsewhere. */
    private static final Path CHROMIUM = Path.of(System.getProperty("ias.chromium", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("ias.chromedriver", "/usr/bin/chromedriver"));
    /** Set by {@code .ci/run}: where the browser is part of the build, its absence is a failure, not a skip. */
    private static final boolean REQUIRED =
            !System.getenv().getOrDefault("IAS_REQUIRE_BROWSER", "").isEmpty();

    public static final String MISSING = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER
            + " must be executable (Debian's chromium and chromium-driver; .ci/run installs them)";
    private static final JsonMapper JSON = new JsonMapper();
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessBrowser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /**
     * A browser, or null when Chromium is not installed and the build does not require it (then
     * each test reports a skip: an aborted class would report "Tests run: 0").
     */
    public static HeadlessBrowser startOrNull() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if (REQUIRED) fail(MISSING + "; IAS_REQUIRE_BROWSER is set");
            return null;
        }
        Path profile = Files.createTempDirectory("ias-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--user-data-dir=" + profile,
                "--window-size=1280,1600",
                "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessBrowser(profile, driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Forgets the reader's language choice (a cookie of the site at {@code port}): the next page is a new reader's. */
    public void newReader(int port) {
        driver.get("http://localhost:" + port + "/favicon.svg");
        driver.manage().deleteAllCookies();
    }

    /** Saves what the window shows as {@code target/screenshots/<name>}. */
    public void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Fails if any request since the last call went to another host than this one (fonts, prefix.cc, CDNs…). */
    public void assertNoRequestLeftThisHost() {
        List<String> elsewhere = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (!message.path("method").asText().equals("Network.requestWillBeSent")) continue;
            URI url = URI.create(
                    message.path("params").path("request").path("url").asText());
            boolean here = url.getScheme() == null
                    || List.of("data", "blob", "about", "chrome", "devtools").contains(url.getScheme())
                    || List.of("localhost", "127.0.0.1").contains(url.getHost());
            if (!here) elsewhere.add(url.toString());
        }
        assertThat(elsewhere).as("requests that left this host").isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
