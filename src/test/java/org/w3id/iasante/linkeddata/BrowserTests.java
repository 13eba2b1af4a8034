package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.support.HeadlessBrowser;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/**
 * A reader's path through the site in a real browser (Debian's headless Chromium, driven by
 * Selenium): the home page and its timeline, the comparisons, a page where sources differ, a
 * source's page, the other language, a catalogue query run in the editor against the SPARQL
 * endpoint (another origin: CORS), a search. Screenshots go to
 * {@code target/screenshots/}. The browser and when it is required: {@link HeadlessBrowser}.
 */
@TemporaryStoreApplicationTest
class BrowserTests {

    private static HeadlessBrowser chromium;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessBrowser.startOrNull();
        if (chromium != null) browser = chromium.driver();
    }

    @BeforeEach
    void browserIsThere() {
        assumeTrue(chromium != null, HeadlessBrowser.MISSING);
        // Each test starts as a new reader: no language chosen before (the choice is a cookie).
        chromium.newReader(port);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
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
        chromium.screenshot("home.png");

        browser.findElement(By.cssSelector("header nav a[href='/comparisons']")).click();
        wait.until(ExpectedConditions.urlContains("/comparisons"));
        WebElement amountRow = browser.findElement(
                By.xpath("//tr[contains(@class,'comparison')][.//a[@href='/doc/amount/france-2030']]"));
        assertThat(amountRow.getText()).contains("1,5 Md EUR", "Feuille de route DNS Juillet 2025");
        chromium.screenshot("comparisons.png");

        browser.get("http://localhost:" + port + "/describe?iri=http://data.europa.eu/eli/reg/2025/327/oj");
        WebElement differ = browser.findElement(By.cssSelector("table.claims tbody.differ .differ-marker"));
        assertThat(differ.isDisplayed()).isTrue();
        assertThat(differ.getText()).contains("les sources divergent");
        WebElement entryIntoForce = differ.findElement(By.xpath("ancestor::tbody"));
        assertThat(entryIntoForce.getText()).contains("25 mars 2025", "27 mars 2027");
        chromium.screenshot("resource-ehds.png");

        entryIntoForce
                .findElement(By.cssSelector("a[href='/doc/source/aphp-ehds']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/doc/source/aphp-ehds"));
        assertThat(browser.findElement(By.id("facts")).getText()).contains("Directive 2011/24/UE");
        assertThat(browser.findElement(By.id("cite")).getText()).contains("CC BY 4.0", "AP-HP");
        chromium.screenshot("source-aphp-ehds.png");

        browser.findElement(By.id("lang-switch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "What this source states"));
        browser.findElement(By.cssSelector("a.brand")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("strategy"), "The strategy, its chapters and their editions"));

        browser.get("http://localhost:" + port + "/");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("données");
        search.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li a")));
        assertThat(browser.findElements(By.cssSelector("#results li a"))).isNotEmpty();
        browser.findElement(By.cssSelector("#results li a")).click();
        wait.until(ExpectedConditions.urlContains("/doc/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        chromium.screenshot("search-result.png");
        chromium.assertNoRequestLeftThisHost();
    }

    @Test
    void aResearcherOpensAQuestionFromTheCatalogueReadsLabelledResultsAndReopensItsShareLink() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/sparql");

        // The catalogue's questions, by topic and title; the site's own queries are not among them.
        assertThat(texts("#examples section.topic h3"))
                .containsExactly(
                        "La feuille de route",
                        "Les sources",
                        "Health Data Hub",
                        "Le modèle et les graphes",
                        "Contrôles du graphe");
        assertThat(browser.findElements(By.cssSelector("a.example[data-name='select-labels']")))
                .isEmpty();
        assertThat(texts("a.example")).hasSizeGreaterThan(30).noneMatch(title -> title.matches("[a-z-]+"));
        WebElement firstExample = browser.findElement(By.cssSelector("a.example"));
        assertThat(activeTabName(wait))
                .isEqualTo(firstExample.getDomProperty("textContent").strip());

        WebElement comparisons = browser.findElement(By.cssSelector("a.example[data-name='select-comparisons']"));
        String title = comparisons.getText();
        comparisons.click();
        wait.until(driver -> title.equals(activeTabName(wait)));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton")))
                .click();
        List<WebElement> labelled = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".tabPanel.active .yasr_results a.labelled"), 0));
        // A labelled IRI reads by its label, links to its page here and keeps the IRI as tooltip.
        for (WebElement link : labelled.subList(0, Math.min(5, labelled.size()))) {
            assertThat(link.getText()).doesNotStartWith("http").isNotBlank();
            assertThat(link.getAttribute("title")).startsWith("http");
            assertThat(link.getAttribute("href")).startsWith("http://localhost:" + port + "/");
        }
        chromium.screenshot("sparql-editor.png");
        // A wide answer scrolls in its own box; the page does not, and no cell grows past a reading width.
        assertThat(browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("how far the page runs past the window (px)")
                .isEqualTo(0L);
        assertThat(((Number) browser.executeScript("return Math.max(...Array.from(document.querySelectorAll("
                                + "'.tabPanel.active .yasr_results td')).map(td => td.getBoundingClientRect().width))"))
                        .doubleValue())
                .as("the widest results cell (px)")
                .isLessThanOrEqualTo(480);

        String query = (String) browser.executeScript("return yasgui.getTab().getQuery()");
        String shareLink = (String) browser.executeScript("return yasgui.getTab().getShareableLink()");
        browser.get("about:blank");
        browser.get(shareLink);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".tabPanel.active .yasr_results a.labelled"), 0));
        assertThat(browser.executeScript("return yasgui.getTab().getQuery()")).isEqualTo(query);
        chromium.screenshot("sparql-editor-shared.png");

        browser.get("http://localhost:" + port + "/sparql?lang=en");
        assertThat(texts("#examples section.topic h3")).startsWith("The roadmap", "The sources");
        WebElement filter = browser.findElement(By.id("examples-filter"));
        filter.sendKeys("amount");
        List<String> kept = texts("#examples section:not([hidden]) li:not([hidden]) a.example");
        assertThat(kept).isNotEmpty().hasSizeLessThan(texts("a.example").size());
        chromium.screenshot("sparql-editor-en.png");
        chromium.assertNoRequestLeftThisHost();
    }

    /** The name of the editor's selected tab, once the editor is drawn. */
    private static String activeTabName(WebDriverWait wait) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tabsList .tab.active span")))
                .getText()
                .strip();
    }

    /** The text of each element the selector finds, as written (not as styled: headings show in capitals). */
    private static List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(element -> element.getDomProperty("textContent").strip())
                .toList();
    }
}
