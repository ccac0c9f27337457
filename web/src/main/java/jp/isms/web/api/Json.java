package jp.isms.web.api;

import java.time.Instant;
import java.util.Date;

/** Dates in the API are ISO-8601 instants (UTC); clients show them in their own time zone. */
final class Json {

    private Json() {
    }

    static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
