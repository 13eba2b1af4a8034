package org.w3id.iasante.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every figure of a run, as a CSV, a chart of the ratios against their targets (median and range
 * of the rounds), and a Markdown table.
 */
final class Results {

    /** One measured figure. */
    record Figure(
            String phase,
            String scenario,
            String system,
            String size,
            int clients,
            String metric,
            double value,
            String unit) {}

    /** A ratio ours / reference over the rounds of one point, and the target its median should meet. */
    record Ratio(String name, Spread spread, Target target, String detail) {

        double value() {
            return spread.median();
        }

        boolean meets() {
            return target.metBy(spread);
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();

    void add(
            String phase,
            String scenario,
            String system,
            String size,
            int clients,
            String metric,
            double value,
            String unit) {
        figures.add(new Figure(phase, scenario, system, size, clients, metric, value, unit));
        System.out.printf(
                Locale.ROOT,
                "  %-8s %-28s %-6s %-6s %3d %-16s %12.2f %s%n",
                phase,
                scenario,
                system,
                size,
                clients,
                metric,
                value,
                unit);
    }

    /** The median, minimum and maximum of a figure's rounds, as three rows named after {@code metric}. */
    void add(
            String phase,
            String scenario,
            String system,
            String size,
            int clients,
            String metric,
            Spread spread,
            String unit) {
        add(phase, scenario, system, size, clients, metric + " median", spread.median(), unit);
        add(phase, scenario, system, size, clients, metric + " min", spread.min(), unit);
        add(phase, scenario, system, size, clients, metric + " max", spread.max(), unit);
    }

    /** Records a ratio over paired rounds (also as rows of the CSV, phase {@code ratio}). */
    void ratio(String name, Spread spread, Target target, String detail) {
        Ratio ratio = new Ratio(name, spread, target, detail);
        ratios.add(ratio);
        add("ratio", name, "ours/ref", "-", 0, "ratio", spread, "ratio");
        System.out.printf(
                Locale.ROOT,
                "RATIO %-45s %6.2f [%.2f–%.2f, %d rounds] (target %s) %s%n",
                name,
                spread.median(),
                spread.min(),
                spread.max(),
                spread.rounds(),
                target,
                ratio.meets() ? "met" : "NOT met");
    }

    List<Figure> figures() {
        return figures;
    }

    List<Ratio> ratios() {
        return ratios;
    }

    void write(Path folder, String machine) {
        try {
            Files.createDirectories(folder);
            StringBuilder csv = new StringBuilder("phase,scenario,system,size,clients,metric,value,unit\n");
            for (Figure f : figures) {
                csv.append(String.join(
                                ",",
                                f.phase(),
                                quote(f.scenario()),
                                f.system(),
                                f.size(),
                                Integer.toString(f.clients()),
                                f.metric(),
                                String.format(Locale.ROOT, "%.4f", f.value()),
                                f.unit()))
                        .append('\n');
            }
            StringBuilder ratioCsv = new StringBuilder("ratio,median,min,max,rounds,target,met,detail\n");
            for (Ratio r : ratios) {
                ratioCsv.append(String.join(
                                ",",
                                quote(r.name()),
                                String.format(Locale.ROOT, "%.3f", r.spread().median()),
                                String.format(Locale.ROOT, "%.3f", r.spread().min()),
                                String.format(Locale.ROOT, "%.3f", r.spread().max()),
                                Integer.toString(r.spread().rounds()),
                                quote(r.target().toString()),
                                Boolean.toString(r.meets()),
                                quote(r.detail())))
                        .append('\n');
            }
            Files.writeString(folder.resolve("results.csv"), csv);
            Files.writeString(folder.resolve("ratios.csv"), ratioCsv);
            Files.writeString(folder.resolve("ratios.svg"), chart());
            Files.writeString(folder.resolve("latest.md"), table(machine));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ratios as a Markdown table, with the machine they were measured on. */
    String table(String machine) {
        StringBuilder md = new StringBuilder("Measured on: " + machine
                + "\n\n| ratio (ours / reference) | median | min–max | rounds | target | met | detail |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Ratio r : ratios) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f–%.2f | %d | %s | %s | %s |%n",
                    r.name(),
                    r.spread().median(),
                    r.spread().min(),
                    r.spread().max(),
                    r.spread().rounds(),
                    r.target(),
                    r.meets() ? "yes" : "**no**",
                    r.detail()));
        }
        return md.toString();
    }

    /**
     * A horizontal bar per ratio up to its median, an error bar from its lowest to its highest
     * round, and its target as a tick: readable without any script.
     */
    String chart() {
        int rowHeight = 26;
        int left = 330;
        int width = 860;
        int plot = width - left - 150;
        double max = Math.max(
                2.0, ratios.stream().mapToDouble(r -> r.spread().max()).max().orElse(1));
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width,
                rowHeight * ratios.size() + 40));
        svg.append(
                "<title>Benchmark ratios, ours / reference: median of the rounds, their range, the target</title>\n");
        int y = 10;
        for (Ratio r : ratios) {
            int bar = x(r.spread().median(), plot, max);
            int low = left + x(r.spread().min(), plot, max);
            int high = left + x(r.spread().max(), plot, max);
            int tick = left + x(r.target().bound(), plot, max);
            int middle = y + 12;
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>%n", y + 16, escape(r.name())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"%s\"/>%n",
                    left,
                    y + 3,
                    bar,
                    r.meets() ? "#2e7d32" : "#c62828"));
            svg.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%d %dH%d M%d %dV%d M%d %dV%d\" stroke=\"#555\" stroke-width=\"1.5\" fill=\"none\"/>%n",
                    low,
                    middle,
                    high,
                    low,
                    middle - 5,
                    middle + 5,
                    high,
                    middle - 5,
                    middle + 5));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\" stroke-width=\"2\"/>%n",
                    tick,
                    y,
                    tick,
                    y + 24));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\">%.2f [%.2f–%.2f] (%s)</text>%n",
                    Math.max(left + bar, high) + 6,
                    y + 16,
                    r.spread().median(),
                    r.spread().min(),
                    r.spread().max(),
                    escape(r.target().toString())));
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static int x(double value, int plot, double max) {
        return (int) Math.round(plot * Math.min(value, max) / max);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
