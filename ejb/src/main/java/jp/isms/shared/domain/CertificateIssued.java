package jp.isms.shared.domain;

import java.time.LocalDate;

/**
 * The certification body issued a certificate, initial or renewed (CDI event, fired inside the recording
 * transaction). The certification cycle observes it and plans the surveillance and renewal audits from it.
 */
public record CertificateIssued(long certificateId, String certificateNumber, LocalDate issueDate,
        LocalDate expiryDate, long scopeVersionId, boolean renewal) {
}
