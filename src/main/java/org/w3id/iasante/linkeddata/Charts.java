package org.w3id.iasante.linkeddata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.Phase;
import org.w3id.iasante.api.PlannedAction;
import org.w3id.iasante.api.Programme;

/**
 * The geometry of the home page's two charts, computed here so the page draws them as plain SVG,
 * readable without JavaScript.
 */
final class Charts {

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_HEIGHT = 28;
    private static final int GAP = 14;

    private Charts() {}

    /** One bar of the funding chart. */
    record Bar(String label, String amount, String href, int y, int width, int textX) {}

    /** The funding chart: one horizontal bar per programme, lengths proportional to the amounts. */
    record Funding(List<Bar> bars, int height, int labelWidth) {}

    /** One phase on the timeline: a span over its years, and its actions. */
    record Span(
            String label,
            String href,
            int x,
            int width,
            int y,
            List<PlannedAction> actions,
            List<String> actionHrefs) {}

    record Tick(int x, String year) {}

    record Timeline(List<Span> spans, List<Tick> ticks, int height, int axisY) {}

    static Funding funding(List<Programme> programmes, Language language, SiteIris iris) {
        BigDecimal max = programmes.stream()
                .map(p -> p.amount().value())
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        int room = WIDTH - LABEL_WIDTH - 150;
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Programme programme : programmes) {
            int width = Math.max(
                    2,
                    programme
                            .amount()
                            .value()
                            .multiply(BigDecimal.valueOf(room))
                            .divide(max, 0, RoundingMode.HALF_UP)
                            .intValue());
            bars.add(new Bar(
                    programme.label(),
                    money(programme.amount().value(), programme.amount().currency(), language),
                    iris.pageOf(programme.iri()),
                    y,
                    width,
                    LABEL_WIDTH + width + 8));
            y += BAR_HEIGHT + GAP;
        }
        return new Funding(bars, Math.max(y, 1), LABEL_WIDTH);
    }

    static Timeline timeline(List<Phase> phases, SiteIris iris) {
        if (phases.isEmpty()) return new Timeline(List.of(), List.of(), 1, 0);
        int first = phases.stream().mapToInt(p -> p.begin().getYear()).min().orElseThrow();
        int last = phases.stream().mapToInt(p -> p.end().getYear()).max().orElseThrow();
        int years = last - first + 1;
        int left = 20;
        double perYear = (WIDTH - 2.0 * left) / years;
        List<Span> spans = new ArrayList<>();
        int y = 0;
        for (Phase phase : phases) {
            int x = left + (int) Math.round((phase.begin().getYear() - first) * perYear);
            int width = (int) Math.round((phase.end().getYear() - phase.begin().getYear() + 1) * perYear) - 4;
            spans.add(new Span(
                    phase.label(),
                    iris.pageOf(phase.iri()),
                    x,
                    width,
                    y,
                    phase.actions(),
                    phase.actions().stream().map(a -> iris.pageOf(a.iri())).toList()));
            y += 34 + 18 * phase.actions().size() + 10;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            ticks.add(new Tick(left + (int) Math.round((year - first) * perYear), Integer.toString(year)));
        }
        return new Timeline(spans, ticks, y + 30, y + 8);
    }

    /** 1500000000 EUR → "1,5 Md EUR" in French, "EUR 1.5 billion" in English. */
    static String money(BigDecimal value, String currency, Language language) {
        boolean billions = value.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0;
        BigDecimal scaled = value.divide(BigDecimal.valueOf(billions ? 1_000_000_000 : 1_000_000))
                .stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(language == Language.FR ? Locale.FRANCE : Locale.UK);
        format.setMaximumFractionDigits(3);
        String number = format.format(scaled);
        return language == Language.FR
                ? number + (billions ? " Md " : " M ") + currency
                : currency + " " + number + (billions ? " billion" : " million");
    }
}
