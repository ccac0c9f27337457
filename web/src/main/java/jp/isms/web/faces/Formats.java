package jp.isms.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;

/** Dates and times in the user's language and the company's time zone (Asia/Tokyo). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public String dateTime(Object value) {
        Instant instant = value instanceof Date date ? date.toInstant() : value instanceof Instant i ? i : null;
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Ui.locale())
                .withZone(TOKYO).format(instant);
    }

    public boolean overdue(Date due) {
        return due != null && due.before(new Date());
    }
}
