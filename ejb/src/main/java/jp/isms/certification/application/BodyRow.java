package jp.isms.certification.application;

import java.io.Serializable;
import java.math.BigDecimal;
import jp.isms.certification.domain.CertificationBody;

/** One column of the side-by-side comparison of quotes. */
public record BodyRow(long id, String name, String accreditation, BigDecimal manDays, Long dayRateYen, Long totalYen,
        boolean supports27017, String availableDates, String features, String notes, boolean selected,
        long lockVersion) implements Serializable {

    static BodyRow of(CertificationBody body, boolean selected) {
        CertificationBody.Quote q = body.currentQuote();
        return new BodyRow(body.getId(), body.getName(), body.getAccreditation(), q.manDays(), q.dayRateYen(),
                body.totalYen(), q.supports27017(), q.availableDates(), q.features(), q.notes(), selected,
                body.getLockVersion());
    }
}
