package jp.isms.shared.application;

import java.time.LocalDate;

/**
 * One dated item for the CISO's dashboard, timeline and iCalendar feed: an audit, a finding's deadline, a
 * corrective action's due date...
 *
 * @param date       the day
 * @param kind       a short stable kind ({@code AUDIT}, {@code CORRECTIVE_ACTION}, ...) used for colours and filters
 * @param uid        stable and unique across sources (iCalendar UID), e.g. {@code corrective-action-42}
 * @param title      already localized
 * @param link       the page that shows it, relative to the application root (e.g. {@code /app/audit/plan.xhtml?id=4})
 * @param department the department concerned, {@code null} for the whole ISMS
 * @param done       finished (an audit held, an action closed)
 * @param overdue    past its date and not done
 */
public record Deadline(LocalDate date, String kind, String uid, String title, String link, String department,
        boolean done, boolean overdue) {
}
