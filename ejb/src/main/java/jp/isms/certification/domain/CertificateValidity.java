package jp.isms.certification.domain;

import java.time.LocalDate;
import jp.isms.shared.domain.IsmsException;

/**
 * The validity of one certificate: from its issue date to its expiry date, both days included.
 *
 * <p><b>Rule "three years, ending the day before the third anniversary"</b> ({@link #threeYearsFrom}): Japanese
 * certification bodies issue ISMS certificates for three years and print as expiry the day before the third
 * anniversary of the issue date: issued 2025-02-15, expires 2028-02-14. This is how the Civil Code counts a
 * period of years that starts with the day itself (民法 第143条第2項): it ends on the day before the day
 * corresponding to the start in the last year.
 *
 * <p><b>Rule "no corresponding day: end of that month"</b>: the same article says that when the last month has
 * no corresponding day, the period ends on the last day of that month. A certificate issued on 29 February 2024
 * therefore expires on <em>28 February 2027</em> (not 27 February, which a naive "plus three years minus one
 * day" would give, and not 1 March). See {@link #periodEnd(LocalDate, int)}.
 *
 * @param issueDate the first day of validity
 * @param expiryDate the last day of validity, after the issue date
 */
public record CertificateValidity(LocalDate issueDate, LocalDate expiryDate) {

    /** How long a certificate is valid, and the length of one certification cycle. */
    public static final int VALIDITY_YEARS = 3;

    public CertificateValidity {
        Dates.require(issueDate, "certification.issueDate");
        Dates.require(expiryDate, "certification.expiryDate");
        if (!expiryDate.isAfter(issueDate)) {
            throw IsmsException.invalid("certification.expiry.notAfterIssue", issueDate, expiryDate);
        }
    }

    /** A certificate issued on {@code issueDate} and valid for {@value #VALIDITY_YEARS} years. */
    public static CertificateValidity threeYearsFrom(LocalDate issueDate) {
        Dates.require(issueDate, "certification.issueDate");
        return new CertificateValidity(issueDate, periodEnd(issueDate, VALIDITY_YEARS));
    }

    /**
     * The last day of a period of {@code years} years that starts on (and includes) {@code start}
     * (民法 第143条第2項): the day before the corresponding day, or the last day of the month when that month has
     * no corresponding day (only 29 February in a year that is not a leap year).
     */
    static LocalDate periodEnd(LocalDate start, int years) {
        LocalDate corresponding = start.plusYears(years);
        boolean hasCorrespondingDay = corresponding.getDayOfMonth() == start.getDayOfMonth();
        return hasCorrespondingDay ? corresponding.minusDays(1) : corresponding;
    }

    /** Whether the certificate is in force on {@code date}: between issue and expiry, both included. */
    public boolean isValidOn(LocalDate date) {
        Dates.require(date, "certification.date");
        return !date.isBefore(issueDate) && !date.isAfter(expiryDate);
    }

    /** Whether the certificate has lapsed by {@code date}: any day after the expiry date. */
    public boolean hasExpiredBy(LocalDate date) {
        Dates.require(date, "certification.date");
        return date.isAfter(expiryDate);
    }
}
