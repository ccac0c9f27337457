package jp.isms.certification.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A certificate as the page and the API show it, with the scope versions it covered. */
public record CertificateView(long id, String number, String bodyName, String standardEdition, long scopeVersionId,
        Integer scopeVersionNo, LocalDate issueDate, LocalDate expiryDate, boolean renewal, String auditReference,
        String fileName, String fileSha256, boolean validToday, List<ScopeLine> scopeHistory) implements Serializable {

    public record ScopeLine(long scopeVersionId, Integer scopeVersionNo, LocalDate since, String reason)
            implements Serializable {
    }
}
