package org.w3id.iasante.linkeddata.strategy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the site's charts, computed here so a page draws them as plain SVG, readable
 * without JavaScript; each chart comes with a text alternative on the page (a list of the same facts).
 */
final class Charts {

    static final int WIDTH = 900;
    private static final int MARGIN = 12;
    private static final int ROW = 30;
    private static final int MIN_BAR = 8;
    private static final int MAX_LABEL = 80;
    /** Roughly the width of one character of the chart's 13px text. */
    private static final int CHAR_WIDTH = 7;

    private Charts() {}

    /**
     * One event: a bar from its first to its last day (a dot-sized bar for a single day), its
     * label beside it, on the side with room.
     */
    record Mark(String label, String fullLabel, String href, int x, int y, int width, int textX, String anchor) {}

    record Tick(int x, String year) {}

    record Timeline(List<Mark> marks, List<Tick> ticks, int width, int height, int axisY) {}

    /** The strategy's events on one time axis, a row each, years marked. */
    static Timeline events(List<StrategyOverview.Event> events) {
        if (events.isEmpty()) return new Timeline(List.of(), List.of(), WIDTH, 1, 0);
        int firstYear =
                events.stream().mapToInt(e -> e.start().first().getYear()).min().orElseThrow();
        int lastYear = events.stream()
                .mapToInt(e -> (e.end() != null ? e.end() : e.start()).last().getYear())
                .max()
                .orElseThrow();
        LocalDate origin = LocalDate.of(firstYear, 1, 1);
        long days = ChronoUnit.DAYS.between(origin, LocalDate.of(lastYear + 1, 1, 1));
        double perDay = (WIDTH - 2.0 * MARGIN) / days;

        List<Mark> marks = new ArrayList<>();
        int y = 10;
        for (StrategyOverview.Event event : events) {
            LocalDate from = event.start().first();
            LocalDate to = (event.end() != null ? event.end() : event.start()).last();
            int x = MARGIN + (int) Math.round(ChronoUnit.DAYS.between(origin, from) * perDay);
            int width = Math.max(MIN_BAR, (int) Math.round((ChronoUnit.DAYS.between(from, to) + 1) * perDay));
            String full = event.when() + " · " + event.event().label();
            int roomRight = WIDTH - MARGIN - (x + width + 6);
            int roomLeft = x - 6 - MARGIN;
            boolean right = roomRight >= roomLeft;
            int fits = Math.min(MAX_LABEL, (right ? roomRight : roomLeft) / CHAR_WIDTH);
            String label = full.length() > fits ? full.substring(0, Math.max(1, fits - 1)) + "…" : full;
            marks.add(new Mark(
                    label,
                    full,
                    event.event().href(),
                    x,
                    y,
                    width,
                    right ? x + width + 6 : x - 6,
                    right ? "start" : "end"));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            long offset = ChronoUnit.DAYS.between(origin, LocalDate.of(year, 1, 1));
            ticks.add(new Tick(MARGIN + (int) Math.round(offset * perDay), Integer.toString(year)));
        }
        return new Timeline(marks, ticks, WIDTH, y + 24, y + 2);
    }
}
