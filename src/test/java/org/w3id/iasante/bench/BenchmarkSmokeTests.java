package org.w3id.iasante.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The whole benchmark at a tiny scale, so it never rots: every phase runs, every ratio is
 * computed, the CSV and the chart are written. Its figures mean nothing at this size; bench/run does
 * the real run.
 *
 * <p>It runs every server and tool in this JVM ({@link Launcher#inProcess}), from the same command
 * lines ({@link Launch}) the real run gives its processes, one round per point: a new JVM per
 * server and tool made this test take over two minutes, nearly all of it JVMs starting, and what it
 * proves is the harness (phases, rounds, turns, ratios, outputs), which runs the same either way.
 * The process side is proven apart: {@link ServerProcessTests} starts both servers as processes on
 * port 0 and reads the ports they bound, as the real run does.
 */
class BenchmarkSmokeTests {

    @TempDir
    Path work;

    @Test
    void everyPhaseRunsAndWritesItsFiguresAndChart() throws Exception {
        Benchmark benchmark = Benchmark.smoke(work, RepositoryKnowledge.ROOT);

        Results results = benchmark.run();
        Path out = work.resolve("results");
        results.write(out, Benchmark.machine());

        assertThat(results.figures())
                .extracting(Results.Figure::phase)
                .contains("growth", "load", "start", "mix", "memory", "bsbm");
        assertThat(results.ratios())
                .extracting(Results.Ratio::name)
                .anySatisfy(n -> assertThat(n).startsWith("bulk load rate"))
                .anySatisfy(n -> assertThat(n).startsWith("cold start"))
                .anySatisfy(n -> assertThat(n).startsWith("catalogue mix throughput"))
                .anySatisfy(n -> assertThat(n).startsWith("catalogue median latency"))
                .anySatisfy(n -> assertThat(n).startsWith("BSBM explore"));
        assertThat(results.ratios())
                .allSatisfy(r -> assertThat(r.value()).isPositive().isFinite());
        assertThat(results.figures())
                .filteredOn(f -> f.metric().equals("errors"))
                .isEmpty();
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertThat(csv.get(0)).isEqualTo("phase,scenario,system,size,clients,metric,value,unit");
        assertThat(csv).hasSizeGreaterThan(40);
        assertThat(Files.readString(out.resolve("ratios.svg")))
                .startsWith("<svg")
                .contains("<rect");
        assertThat(Files.readString(out.resolve("latest.md"))).contains("| ratio (ours / reference) |");
    }

    @Test
    void sideBySideMeasurementsTakeTurnsGoingFirst() throws Exception {
        List<String> order = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            List<String> ab = Benchmark.inTurn(round, () -> take(order, "A"), () -> take(order, "B"));
            assertThat(ab).containsExactly("A", "B");
        }
        assertThat(order).containsExactly("A", "B", "B", "A", "A", "B", "B", "A");
    }

    private static String take(List<String> order, String system) {
        order.add(system);
        return system;
    }
}
