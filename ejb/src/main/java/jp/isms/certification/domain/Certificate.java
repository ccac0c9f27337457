package jp.isms.certification.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/**
 * A certificate the body issued (登録証): its number, the standard, the scope version it certifies, the issue
 * date and the expiry {@link CertificateValidity#threeYearsFrom three years later}. The scope version follows
 * an approved scope change; the versions it covered stay in its history.
 */
@Entity
@Table(name = "cert_certificate")
public class Certificate extends Identified {

    @Column(name = "certificate_no", nullable = false)
    private String certificateNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private CertificationBody body;

    @ManyToOne
    @JoinColumn(name = "audit_id")
    private Audit audit;

    @Enumerated(EnumType.STRING)
    @Column(name = "standard_edition", nullable = false)
    private StandardEdition standardEdition;

    @Column(name = "scope_version_id", nullable = false)
    private long scopeVersionId;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(nullable = false)
    private boolean renewal;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_sha256")
    private String fileSha256;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL)
    @OrderBy("since, id")
    private List<ScopeHistoryEntry> scopeHistory = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Certificate() {
    }

    public Certificate(String certificateNo, CertificationBody body, Audit audit, StandardEdition edition,
            long scopeVersionId, LocalDate issueDate, String recordedBy) {
        if (edition == null) {
            throw IsmsException.invalid("validation.required", "certification.certificate.edition");
        }
        CertificateValidity validity = CertificateValidity.threeYearsFrom(issueDate);
        this.certificateNo = Texts.required(certificateNo, "certification.certificate.number", 60);
        this.body = body;
        this.audit = audit;
        this.standardEdition = edition;
        this.scopeVersionId = scopeVersionId;
        this.issueDate = validity.issueDate();
        this.expiryDate = validity.expiryDate();
        this.renewal = audit != null && audit.getKind() == AuditType.RENEWAL;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
        scopeHistory.add(new ScopeHistoryEntry(this, scopeVersionId, issueDate, ScopeHistoryEntry.ISSUED));
    }

    /** A scope-change audit ended positively: the certificate now covers {@code newScopeVersionId}. */
    public boolean followScope(long newScopeVersionId, LocalDate decidedOn) {
        if (newScopeVersionId == scopeVersionId) {
            return false;
        }
        scopeVersionId = newScopeVersionId;
        scopeHistory.add(new ScopeHistoryEntry(this, newScopeVersionId, decidedOn, ScopeHistoryEntry.SCOPE_CHANGE));
        return true;
    }

    public void attachFile(String name, String sha256) {
        this.fileName = Texts.required(name, "certification.certificate.file", 200);
        this.fileSha256 = sha256;
    }

    public CertificateValidity validity() {
        return new CertificateValidity(issueDate, expiryDate);
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public CertificationBody getBody() {
        return body;
    }

    public Audit getAudit() {
        return audit;
    }

    public StandardEdition getStandardEdition() {
        return standardEdition;
    }

    public long getScopeVersionId() {
        return scopeVersionId;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public boolean isRenewal() {
        return renewal;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<ScopeHistoryEntry> getScopeHistory() {
        return Collections.unmodifiableList(scopeHistory);
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
