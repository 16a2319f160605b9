package eus.berrigune.shared.interfaces.web;

import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates and times on pages: stored in UTC, shown and typed in the health system's time zone
 * ({@code BERRIGUNE_TIME_ZONE}, default Europe/Madrid) and the reader's language.
 */
@Named("dates")
@RequestScoped
public class DateTimes {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    @ConfigProperty(name = "berrigune.time.zone", defaultValue = "Europe/Madrid")
    String timeZone;

    @Inject
    LocaleBean locale;

    public ZoneId getZone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneId.of("Europe/Madrid");
        }
    }

    /** A date and time for reading, e.g. "1 dic 2026, 10:00" (empty for none). */
    public String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale.getLocale()).format(instant.atZone(getZone()));
    }

    /** A date for reading, e.g. "1 dic 2026" (empty for none). */
    public String date(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.getLocale())
                        .format(instant.atZone(getZone()));
    }

    /**
     * The machine-readable value of a {@code <time datetime>} attribute, e.g. "2026-12-01T09:00:00Z": HTML allows at
     * most three digits of a second's fraction, and an instant may carry six, so it is cut to whole seconds.
     */
    public String machine(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The value of a {@code datetime-local} input (empty for none). */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(getZone()).truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * Reads a {@code datetime-local} input in the health system's time zone.
     *
     * @param field the field path for the error message
     * @throws ValidationException when the text is not a date and time
     */
    public Instant parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(getZone()).toInstant();
        } catch (DateTimeException e) {
            throw new ValidationException(field, "validation.dateTime");
        }
    }
}
