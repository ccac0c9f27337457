package jp.isms.cycle.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) document of all-day events: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character (Japanese titles are three octets a character), TEXT values escaped, and each event
 * with UID, DTSTAMP and {@code DTSTART;VALUE=DATE} / {@code DTEND;VALUE=DATE} (the day after: DTEND is exclusive).
 */
public final class ICalendar {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One all-day event; {@code url} may be null. */
    public record Event(String uid, LocalDate day, String summary, String category, String url, boolean done) {
    }

    private ICalendar() {
    }

    public static String write(String calendarName, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//ISMS Lifecycle//Certification cycle//JA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()) + "@isms-lifecycle");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(event.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(event.day().plusDays(1)));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.category() != null) {
                line(out, "CATEGORIES:" + text(event.category()));
            }
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "STATUS:" + (event.done() ? "CONFIRMED" : "TENTATIVE"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 §3.1: a content line longer than 75 octets continues on lines that start with one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
