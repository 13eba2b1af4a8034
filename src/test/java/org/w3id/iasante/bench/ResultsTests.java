package org.w3id.iasante.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a ratio's median, range and target show in the table, the chart and the CSVs. */
class ResultsTests {

    @TempDir
    Path out;

    private final Results results = new Results();

    @Test
    void theTableGivesEachRatioItsMedianRangeRoundsAndVerdict() {
        results.ratio("mix, 4 clients", new Spread(1.2, 0.9, 1.6, 5), Target.atLeast(1.0), "120 vs 100 requests/s");
        results.ratio("cold start", new Spread(1.7, 1.4, 1.8, 5), Target.atMost(1.5), "1700 vs 1000 ms");

        assertThat(results.table("a machine"))
                .contains("| ratio (ours / reference) | median | min–max | rounds | target | met | detail |")
                .contains("| mix, 4 clients | 1.20 | 0.90–1.60 | 5 | ≥ 1.0 | yes | 120 vs 100 requests/s |")
                .contains("| cold start | 1.70 | 1.40–1.80 | 5 | ≤ 1.5 | **no** | 1700 vs 1000 ms |");
    }

    @Test
    void theChartDrawsEachRatioAsABarToItsMedianWithAnErrorBarOverItsRange() {
        results.ratio("mix", new Spread(1.0, 0.5, 1.5, 5), Target.atLeast(1.0), "");

        String svg = results.chart();

        assertThat(svg).startsWith("<svg").contains("<rect").contains("1.00 [0.50–1.50]");
        // Scale 2.0 over 380 px from x = 330: median 190 px wide, range from 425 to 615.
        assertThat(svg).contains("width=\"190\"").contains("M425 22H615");
    }

    @Test
    void bothCsvsHoldTheMedianAndRangeOfEachRatio() throws Exception {
        results.ratio("load, 1M", new Spread(1.1, 0.95, 1.3, 5), Target.atLeast(0.9), "x");

        results.write(out, "a machine");

        assertThat(Files.readAllLines(out.resolve("ratios.csv")))
                .containsExactly(
                        "ratio,median,min,max,rounds,target,met,detail",
                        "\"load, 1M\",1.100,0.950,1.300,5,\"≥ 0.9\",true,\"x\"");
        assertThat(Files.readAllLines(out.resolve("results.csv")))
                .contains(
                        "ratio,\"load, 1M\",ours/ref,-,0,ratio median,1.1000,ratio",
                        "ratio,\"load, 1M\",ours/ref,-,0,ratio min,0.9500,ratio",
                        "ratio,\"load, 1M\",ours/ref,-,0,ratio max,1.3000,ratio");
    }
}
