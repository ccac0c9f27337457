package jp.isms.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateValidityTest {

    @ParameterizedTest(name = "issued {0} → expires {1}")
    @CsvSource({ "2025-02-15, 2028-02-14", "2025-01-01, 2027-12-31", "2025-03-01, 2028-02-29",
            "2024-02-28, 2027-02-27", "2024-02-29, 2027-02-28", "2023-02-28, 2026-02-27" })
    void expiresTheDayBeforeTheThirdAnniversary(LocalDate issued, LocalDate expires) {
        // when
        CertificateValidity validity = CertificateValidity.threeYearsFrom(issued);

        // then
        assertThat(validity.issueDate()).isEqualTo(issued);
        assertThat(validity.expiryDate()).isEqualTo(expires);
    }

    @Test
    void issuedOnLeapDayExpiresAtTheEndOfFebruaryAsTheCivilCodeCounts() {
        // given a certificate issued on 29 February; 2027 has no 29 February
        CertificateValidity validity = CertificateValidity.threeYearsFrom(LocalDate.of(2024, 2, 29));

        // then the period ends on the last day of that February, neither the 27th nor 1 March
        assertThat(validity.expiryDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(validity.isValidOn(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(validity.isValidOn(LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void periodOfFourYearsFromLeapDayEndsTheDayBeforeTheNextLeapDay() {
        assertThat(CertificateValidity.periodEnd(LocalDate.of(2024, 2, 29), 4)).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void validFromIssueToExpiryBothIncluded() {
        // given
        CertificateValidity validity = CertificateValidity.threeYearsFrom(LocalDate.of(2025, 2, 15));

        // then
        assertThat(validity.isValidOn(LocalDate.of(2025, 2, 14))).isFalse();
        assertThat(validity.isValidOn(LocalDate.of(2025, 2, 15))).isTrue();
        assertThat(validity.isValidOn(LocalDate.of(2028, 2, 14))).isTrue();
        assertThat(validity.hasExpiredBy(LocalDate.of(2028, 2, 14))).isFalse();
        assertThat(validity.isValidOn(LocalDate.of(2028, 2, 15))).isFalse();
        assertThat(validity.hasExpiredBy(LocalDate.of(2028, 2, 15))).isTrue();
    }

    @Test
    void missingIssueDateIsRefused() {
        // when
        IsmsException e = catchThrowableOfType(IsmsException.class, () -> CertificateValidity.threeYearsFrom(null));

        // then
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("validation.required");
        assertThat(e.arguments()).containsExactly("certification.issueDate");
        Bundles.assertSpeakable(e);
    }

    @Test
    void expiryNotAfterIssueIsRefused() {
        // when
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> new CertificateValidity(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 2, 15)));

        // then
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("certification.expiry.notAfterIssue");
        Bundles.assertSpeakable(e);
    }

    @Test
    void missingDateToCheckIsRefused() {
        CertificateValidity validity = CertificateValidity.threeYearsFrom(LocalDate.of(2025, 2, 15));

        IsmsException e = catchThrowableOfType(IsmsException.class, () -> validity.isValidOn(null));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("validation.required");
        Bundles.assertSpeakable(e);
    }
}
