package jp.isms.shared.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A context that has dated items for the CISO's calendar. Each is a CDI bean in the context that owns the
 * items; the dashboard and the iCalendar feed collect every bean there is.
 */
public interface DeadlineSource {

    /** The items dated from {@code from} to {@code to}, both inclusive, with titles in {@code locale}. */
    List<Deadline> deadlines(LocalDate from, LocalDate to, Locale locale);
}
