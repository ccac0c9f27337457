package jp.isms.certification.domain;

import java.time.LocalDate;
import java.time.Period;
import jp.isms.shared.domain.IsmsException;

/** The argument checks of this package, each refused with a message key of both bundles. */
final class Dates {

    private Dates() {
    }

    static LocalDate require(LocalDate date, String field) {
        if (date == null) {
            throw IsmsException.invalid("validation.required", field);
        }
        return date;
    }

    static Period requireNotNegative(Period period, String field) {
        if (period == null) {
            throw IsmsException.invalid("validation.required", field);
        }
        if (period.isNegative()) {
            throw IsmsException.invalid("certification.period.negative", field, period.toString());
        }
        return period;
    }

    static int requireNotNegative(int weeks, String field) {
        if (weeks < 0) {
            throw IsmsException.invalid("certification.period.negative", field, String.valueOf(weeks));
        }
        return weeks;
    }
}
