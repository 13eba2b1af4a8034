package org.w3id.iasante.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every figure of a run, as a CSV, a chart of the ratios against their targets, and a Markdown table. */
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

    /** A ratio ours / reference, and the target it should meet. */
    record Ratio(String name, double value, String target, boolean meets, String detail) {}

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

    /** Records a ratio; {@code higherIsBetter} says which way {@code bound} binds. */
    void ratio(String name, double value, double bound, boolean higherIsBetter, String detail) {
        boolean meets = higherIsBetter ? value >= bound : value <= bound;
        String target = (higherIsBetter ? "≥ " : "≤ ") + bound;
        ratios.add(new Ratio(name, value, target, meets, detail));
        System.out.printf(
                Locale.ROOT, "RATIO %-45s %6.2f (target %s) %s%n", name, value, target, meets ? "met" : "NOT met");
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
            StringBuilder ratioCsv = new StringBuilder("ratio,value,target,met,detail\n");
            for (Ratio r : ratios) {
                ratioCsv.append(String.join(
                                ",",
                                quote(r.name()),
                                String.format(Locale.ROOT, "%.3f", r.value()),
                                quote(r.target()),
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
                + "\n\n| ratio (ours / reference) | value | target | met | detail |\n|---|---|---|---|---|\n");
        for (Ratio r : ratios) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %s | %s | %s |%n",
                    r.name(),
                    r.value(),
                    r.target(),
                    r.meets() ? "yes" : "**no**",
                    r.detail()));
        }
        return md.toString();
    }

    /** A horizontal bar per ratio, with its target as a tick: readable without any script. */
    String chart() {
        int rowHeight = 26;
        int left = 330;
        int width = 860;
        double max = Math.max(
                2.0,
                ratios.stream()
                        .mapToDouble(Ratio::value)
                        .filter(Double::isFinite)
                        .max()
                        .orElse(1));
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width,
                rowHeight * ratios.size() + 40));
        svg.append("<title>Benchmark ratios, ours / reference, with targets</title>\n");
        int y = 10;
        for (Ratio r : ratios) {
            double value = Double.isFinite(r.value()) ? r.value() : 0;
            int bar = (int) Math.round((width - left - 80) * value / max);
            double bound = Double.parseDouble(r.target().substring(2));
            int tick = left + (int) Math.round((width - left - 80) * bound / max);
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
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\" stroke-width=\"2\"/>%n",
                    tick,
                    y,
                    tick,
                    y + 24));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\">%.2f (%s)</text>%n",
                    left + bar + 6,
                    y + 16,
                    r.value(),
                    escape(r.target())));
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
