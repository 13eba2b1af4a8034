package org.w3id.iasante.linkeddata.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.w3id.iasante.api.Language;

/**
 * A date as a source gives it: a day ({@code xsd:date}), a month ({@code xsd:gYearMonth}) or a
 * year ({@code xsd:gYear}); never more precise than written. {@code first} and {@code last} are
 * the days it spans, for drawing.
 */
public record PartialDate(String lexical, LocalDate first, LocalDate last, Precision precision) {

    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    /** The date written {@code lexical} ("2025-11-12", "2025-07", "2025"), if it is one of the three forms. */
    public static Optional<PartialDate> parse(String lexical) {
        if (lexical == null) return Optional.empty();
        String text = lexical.strip();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of(new PartialDate(text, day, day, Precision.DAY));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return Optional.of(new PartialDate(text, month.atDay(1), month.atEndOfMonth(), Precision.MONTH));
            }
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return Optional.of(
                        new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR));
            }
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "12 novembre 2025", "juillet 2025", "2025" in French; "12 November 2025", "July 2025", "2025" in English. */
    public String display(Language language) {
        Locale locale = language == Language.FR ? Locale.FRANCE : Locale.UK;
        return switch (precision) {
            case DAY ->
                language == Language.FR && first.getDayOfMonth() == 1
                        ? "1er " + first.format(DateTimeFormatter.ofPattern("MMMM uuuu", locale))
                        : first.format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale));
            case MONTH -> first.format(DateTimeFormatter.ofPattern("MMMM uuuu", locale));
            case YEAR -> lexical;
        };
    }

    /** The display of {@code lexical} when it is a date, else the text as it is. */
    public static String display(String lexical, Language language) {
        return parse(lexical).map(d -> d.display(language)).orElse(lexical);
    }
}
