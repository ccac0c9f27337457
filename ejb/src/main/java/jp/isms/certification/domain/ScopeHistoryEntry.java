package jp.isms.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.isms.shared.domain.Identified;

/** From which day a certificate covered which scope version, and why (issued, or a scope-change audit). */
@Entity
@Table(name = "cert_scope_history")
public class ScopeHistoryEntry extends Identified {

    public static final String ISSUED = "ISSUED";
    public static final String SCOPE_CHANGE = "SCOPE_CHANGE";

    @ManyToOne(optional = false)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Column(name = "scope_version_id", nullable = false)
    private long scopeVersionId;

    @Column(nullable = false)
    private LocalDate since;

    @Column(nullable = false)
    private String reason;

    protected ScopeHistoryEntry() {
    }

    ScopeHistoryEntry(Certificate certificate, long scopeVersionId, LocalDate since, String reason) {
        this.certificate = certificate;
        this.scopeVersionId = scopeVersionId;
        this.since = since;
        this.reason = reason;
    }

    public long getScopeVersionId() {
        return scopeVersionId;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getReason() {
        return reason;
    }
}
