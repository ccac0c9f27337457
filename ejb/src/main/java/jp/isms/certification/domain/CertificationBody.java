package jp.isms.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/**
 * A certification body (審査機関) and its quote: what the memo compares across bodies (B-2) — man-days, the day
 * rate, ISO/IEC 27017 support, the dates it can audit, its features. One current quote per body: a new quote
 * replaces the old one (bodies quote once per application).
 */
@Entity
@Table(name = "cert_body")
public class CertificationBody extends Identified {

    @Column(nullable = false)
    private String name;

    private String accreditation;

    @Column(name = "supports_27017", nullable = false)
    private boolean supports27017;

    @Column(name = "man_days")
    private BigDecimal manDays;

    @Column(name = "day_rate_yen")
    private Long dayRateYen;

    @Column(name = "available_dates")
    private String availableDates;

    private String features;

    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected CertificationBody() {
    }

    public CertificationBody(String name, String accreditation) {
        this.name = Texts.required(name, "certification.body.name", 200);
        this.accreditation = Texts.optional(accreditation, "certification.body.accreditation", 200);
        this.createdAt = Instant.now();
    }

    /** Records the body's quote; the total is computed, never typed. */
    public void quote(Quote quote) {
        if (quote.manDays() == null || quote.manDays().signum() <= 0) {
            throw IsmsException.invalid("certification.quote.manDaysRequired");
        }
        if (quote.dayRateYen() == null || quote.dayRateYen() <= 0) {
            throw IsmsException.invalid("certification.quote.dayRateRequired");
        }
        this.manDays = quote.manDays();
        this.dayRateYen = quote.dayRateYen();
        this.supports27017 = quote.supports27017();
        this.availableDates = Texts.optional(quote.availableDates(), "certification.quote.availableDates", 500);
        this.features = Texts.optional(quote.features(), "certification.quote.features", 2000);
        this.notes = Texts.optional(quote.notes(), "certification.quote.notes", 2000);
    }

    /** Man-days × day rate, rounded to the yen; null while there is no quote. */
    public Long totalYen() {
        return manDays == null || dayRateYen == null ? null
                : manDays.multiply(BigDecimal.valueOf(dayRateYen)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public boolean isQuoted() {
        return manDays != null;
    }

    public Quote currentQuote() {
        return new Quote(manDays, dayRateYen, supports27017, availableDates, features, notes);
    }

    public String getName() {
        return name;
    }

    public String getAccreditation() {
        return accreditation;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    /** What one body quoted. */
    public record Quote(BigDecimal manDays, Long dayRateYen, boolean supports27017, String availableDates,
            String features, String notes) {
    }
}
