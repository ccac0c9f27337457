package jp.isms.project.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.isms.shared.domain.IsmsException;

/** Dates as people type them and the API carries them: {@code YYYY-MM-DD}; empty means none. */
public final class ProjectDates {

    private ProjectDates() {
    }

    /** The date, null for an empty text, or INVALID {@code project.dateInvalid} naming the field (a message key). */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw IsmsException.invalid("project.dateInvalid", field, text);
        }
    }

    public static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
