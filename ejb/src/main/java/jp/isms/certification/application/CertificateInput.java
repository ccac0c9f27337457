package jp.isms.certification.application;

import java.time.LocalDate;
import jp.isms.certification.domain.StandardEdition;

/** What the office types from the certificate the body sent. */
public record CertificateInput(String number, StandardEdition edition, LocalDate issueDate) {
}
