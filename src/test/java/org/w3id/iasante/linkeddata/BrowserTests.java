package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/**
 * A reader's path through the site in a real browser (Debian's headless Chromium, driven by
 * Selenium): the home page and its timeline, the comparisons, a page where sources differ, a
 * source's page, the other language, a catalogue query run in the editor against the SPARQL
 * endpoint (another origin: CORS), a search. Screenshots go to
 * {@code target/screenshots/}. {@code .ci/run} installs Chromium and sets {@code IAS_REQUIRE_BROWSER=1}:
 * there a missing browser fails the class; elsewhere each test is reported skipped, saying what is missing.
 */
@TemporaryStoreApplicationTest
class BrowserTests {

    /** Debian's paths; -Dias.chromium=… and -Dias.chromedriver=… point elsewhere. */
    private static final Path CHROMIUM = Path.of(System.getProperty("ias.chromium", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("ias.chromedriver", "/usr/bin/chromedriver"));
    /** Set by {@code .ci/run}: where the browser is part of the build, its absence is a failure, not a skip. */
    private static final boolean BROWSER_REQUIRED =
            !System.getenv().getOrDefault("IAS_REQUIRE_BROWSER", "").isEmpty();

    private static final String MISSING = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER
            + " must be executable (Debian's chromium and chromium-driver; .ci/run installs them)";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static Path profile;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if (BROWSER_REQUIRED) fail(MISSING + "; IAS_REQUIRE_BROWSER is set");
            // Not aborted here: an aborted class reports "Tests run: 0"; each test reports its own skip.
            return;
        }
        profile = Files.createTempDirectory("ias-chromium");
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
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void browserIsThere() {
        assumeTrue(browser != null, MISSING);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
        if (profile != null) FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void aReaderSeesTheStrategyComparesTheSourcesAndSeesWhereTheyDiffer() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Intelligence artificielle et données de santé");
        WebElement timeline = browser.findElement(By.cssSelector("figure.chart svg[role=img]"));
        assertThat(timeline.isDisplayed()).isTrue();
        assertThat(timeline.findElements(By.cssSelector("rect.event")))
                .hasSameSizeAs(browser.findElements(By.cssSelector("ol.events > li")));
        assertThat(browser.findElement(By.cssSelector("#summary + .summary")).getText())
                .contains("Source secondaire", "1,5 Md EUR");
        screenshot("home.png");

        browser.findElement(By.cssSelector("header nav a[href='/comparisons']")).click();
        wait.until(ExpectedConditions.urlContains("/comparisons"));
        WebElement amountRow = browser.findElement(
                By.xpath("//tr[contains(@class,'comparison')][.//a[@href='/doc/amount/france-2030']]"));
        assertThat(amountRow.getText()).contains("1,5 Md EUR", "Feuille de route DNS Juillet 2025");
        screenshot("comparisons.png");

        browser.get("http://localhost:" + port + "/describe?iri=http://data.europa.eu/eli/reg/2025/327/oj");
        WebElement differ = browser.findElement(By.cssSelector("table.claims tbody.differ .differ-marker"));
        assertThat(differ.isDisplayed()).isTrue();
        assertThat(differ.getText()).contains("les sources divergent");
        WebElement entryIntoForce = differ.findElement(By.xpath("ancestor::tbody"));
        assertThat(entryIntoForce.getText()).contains("25 mars 2025", "27 mars 2027");
        screenshot("resource-ehds.png");

        entryIntoForce
                .findElement(By.cssSelector("a[href='/doc/source/aphp-ehds']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/doc/source/aphp-ehds"));
        assertThat(browser.findElement(By.id("facts")).getText()).contains("Directive 2011/24/UE");
        assertThat(browser.findElement(By.id("cite")).getText()).contains("CC BY 4.0", "AP-HP");
        screenshot("source-aphp-ehds.png");

        browser.findElement(By.id("lang-switch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "What this source states"));
        browser.findElement(By.cssSelector("a.brand")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("strategy"), "The strategy, its chapters and their editions"));

        browser.get("http://localhost:" + port + "/sparql");
        WebElement tab = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'tabsList')]//a[span[normalize-space()='select-comparisons']]")));
        tab.click();
        WebElement run = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton")));
        run.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".tabPanel.active .yasr"), "/id/comparison/"));
        screenshot("sparql-editor.png");

        browser.get("http://localhost:" + port + "/");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("données");
        search.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li a")));
        assertThat(browser.findElements(By.cssSelector("#results li a"))).isNotEmpty();
        browser.findElement(By.cssSelector("#results li a")).click();
        wait.until(ExpectedConditions.urlContains("/doc/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        screenshot("search-result.png");
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
