package jp.isms.soa.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import jp.isms.organisation.domain.Company;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One version of the company's Statement of Applicability, a line for every Annex A control. Top
 * management's approval freezes the version; changing it afterwards starts the next version, which needs
 * approval again, and the approved one stays exactly as approved.
 */
@Entity
@Table(name = "soa")
public class StatementOfApplicability extends Identified {

    /** The document number on every page of the printed statement and the key of its approval process. */
    public static final String DOCUMENT_NO = "ISMS-SOA";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SoaStatus status;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_fingerprint")
    private String submittedFingerprint;

    @Column(name = "approved_fingerprint")
    private String approvedFingerprint;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @OneToMany(mappedBy = "soa", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SoaEntry> entries = new ArrayList<>();

    protected StatementOfApplicability() {
    }

    /** Version 1 with a line for each control, in the catalogue's order: applicable, not yet implemented. */
    public StatementOfApplicability(Company company, List<String> controlIds) {
        if (controlIds == null || controlIds.isEmpty()) {
            throw new IllegalArgumentException("a statement covers the controls of the catalogue");
        }
        this.company = company;
        this.version = 1;
        this.status = SoaStatus.DRAFT;
        this.createdAt = Instant.now();
        for (int i = 0; i < controlIds.size(); i++) {
            entries.add(new SoaEntry(this, controlIds.get(i), i + 1));
        }
    }

    public void revise(String controlId, EntryChange change) {
        requireEditable();
        entry(controlId).apply(change);
    }

    /** A new draft version with the same lines, for changing an approved statement. */
    public StatementOfApplicability startNextVersion() {
        if (status != SoaStatus.APPROVED) {
            throw IsmsException.conflict("soa.notLatestApproved");
        }
        StatementOfApplicability next = new StatementOfApplicability();
        next.company = company;
        next.version = version + 1;
        next.status = SoaStatus.DRAFT;
        next.createdAt = Instant.now();
        entries.forEach(e -> next.entries.add(e.copyFor(next)));
        return next;
    }

    public void submit(String username) {
        if (!status.editable()) {
            throw IsmsException.conflict("soa.notSubmittable", "status." + status.name());
        }
        status = SoaStatus.IN_APPROVAL;
        submittedBy = username;
        submittedFingerprint = fingerprint();
    }

    public void returnForRevision() {
        requireInApproval();
        status = SoaStatus.RETURNED;
    }

    /** The statement must be the one that was submitted; anything else changed behind the approvers' backs. */
    public void approve() {
        requireInApproval();
        String current = fingerprint();
        if (!current.equals(submittedFingerprint)) {
            throw IsmsException.conflict("soa.changedSinceSubmission");
        }
        status = SoaStatus.APPROVED;
        approvedFingerprint = current;
        approvedAt = Instant.now();
    }

    public void supersede() {
        if (status != SoaStatus.APPROVED) {
            throw IsmsException.conflict("soa.notLatestApproved");
        }
        status = SoaStatus.SUPERSEDED;
    }

    /** SHA-256 over every line's canonical form, in the catalogue's order: what approvals and attachments name. */
    public String fingerprint() {
        return ContentHash.sha256(entries.stream().sorted(Comparator.comparingInt(SoaEntry::getPosition))
                .map(SoaEntry::canonicalLine).collect(Collectors.joining("\n")));
    }

    public SoaEntry entry(String controlId) {
        return entries.stream().filter(e -> e.getControlId().equals(controlId)).findFirst()
                .orElseThrow(() -> IsmsException.notFound("soa.unknownControl", controlId));
    }

    private void requireEditable() {
        if (status == SoaStatus.IN_APPROVAL) {
            throw IsmsException.conflict("soa.lockedInApproval");
        }
        if (!status.editable()) {
            throw IsmsException.conflict("soa.frozen");
        }
    }

    private void requireInApproval() {
        if (status != SoaStatus.IN_APPROVAL) {
            throw IsmsException.conflict("soa.notInApproval", "status." + status.name());
        }
    }

    public Company getCompany() {
        return company;
    }

    public int getVersion() {
        return version;
    }

    public SoaStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getApprovedFingerprint() {
        return approvedFingerprint;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public List<SoaEntry> getEntries() {
        return List.copyOf(entries);
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
