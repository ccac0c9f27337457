package jp.isms.risk.domain;

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
import jp.isms.shared.domain.Identified;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.IsmsException;

/**
 * One version of a risk assessment (business key {@code RA-2026-01}, version 1, 2, …). Once top
 * management approves it, the version is frozen: a change after that starts a new version that
 * needs approval again, and the approved list stays exactly as approved.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "business_key", nullable = false)
    private String businessKey;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status;

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

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("riskNo")
    private List<Risk> risks = new ArrayList<>();

    protected RiskAssessment() {
    }

    public RiskAssessment(Company company, String businessKey, String title) {
        if (businessKey == null || !businessKey.matches("RA-\\d{4}-\\d{2}")) {
            throw IsmsException.invalid("risk.assessment.keyInvalid", businessKey);
        }
        if (title == null || title.isBlank()) {
            throw IsmsException.invalid("validation.required", "risk.assessment.title");
        }
        this.company = company;
        this.businessKey = businessKey;
        this.version = 1;
        this.title = title.trim();
        this.status = AssessmentStatus.DRAFT;
        this.createdAt = Instant.now();
    }

    public Risk addRisk(Department department, RiskChange values) {
        requireEditable();
        String riskNo = String.format("R-%03d", risks.stream().map(Risk::getRiskNo)
                .map(no -> Integer.parseInt(no.substring(2))).max(Integer::compare).orElse(0) + 1);
        Risk risk = new Risk(this, riskNo, department, values);
        risks.add(risk);
        return risk;
    }

    public void reviseRisk(String riskNo, RiskChange change) {
        requireEditable();
        risk(riskNo).apply(change);
    }

    /** A risk of this version for changing its treatment (controls, plan items): only while editable. */
    public Risk editableRisk(String riskNo) {
        requireEditable();
        return risk(riskNo);
    }

    /** A risk found on an asset of the inventory, e.g. a kept proposal of the threat catalogue. */
    public Risk addRiskOnAsset(Department department, RiskChange values, Long assetId) {
        Risk risk = addRisk(department, values);
        risk.linkAsset(assetId);
        return risk;
    }

    /** A new draft version with the same risks, for changing an approved assessment. */
    public RiskAssessment startNextVersion() {
        if (status != AssessmentStatus.APPROVED) {
            throw IsmsException.conflict("risk.assessment.notLatestApproved");
        }
        RiskAssessment next = new RiskAssessment(company, businessKey, title);
        next.version = version + 1;
        risks.forEach(r -> next.risks.add(r.copyFor(next)));
        return next;
    }

    public void submit(String username) {
        if (!status.editable()) {
            throw IsmsException.conflict("risk.assessment.notSubmittable", "status." + status.name());
        }
        if (risks.isEmpty()) {
            throw IsmsException.invalid("risk.assessment.empty");
        }
        status = AssessmentStatus.IN_APPROVAL;
        submittedBy = username;
        submittedFingerprint = residualRiskFingerprint();
    }

    public void returnForRevision() {
        requireInApproval();
        status = AssessmentStatus.RETURNED;
    }

    /**
     * Top management's approval freezes the list. The list must be the one that was submitted:
     * anything else means it changed behind the approvers' backs, and the approval must not stand.
     */
    public void approve() {
        requireInApproval();
        String current = residualRiskFingerprint();
        if (!current.equals(submittedFingerprint)) {
            throw IsmsException.conflict("risk.assessment.changedSinceSubmission");
        }
        status = AssessmentStatus.APPROVED;
        approvedFingerprint = current;
        approvedAt = Instant.now();
    }

    public void supersede() {
        if (status != AssessmentStatus.APPROVED) {
            throw IsmsException.conflict("risk.assessment.notLatestApproved");
        }
        status = AssessmentStatus.SUPERSEDED;
    }

    /** SHA-256 over the canonical form of every risk line, in risk-number order. */
    public String residualRiskFingerprint() {
        String canonical = risks.stream().sorted(Comparator.comparing(Risk::getRiskNo)).map(Risk::canonicalLine)
                .collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Risk risk(String riskNo) {
        return risks.stream().filter(r -> r.getRiskNo().equals(riskNo)).findFirst()
                .orElseThrow(() -> IsmsException.notFound("risk.unknown", riskNo));
    }

    private void requireEditable() {
        if (status == AssessmentStatus.IN_APPROVAL) {
            throw IsmsException.conflict("risk.assessment.lockedInApproval");
        }
        if (!status.editable()) {
            throw IsmsException.conflict("risk.assessment.frozen");
        }
    }

    private void requireInApproval() {
        if (status != AssessmentStatus.IN_APPROVAL) {
            throw IsmsException.conflict("risk.assessment.notInApproval", "status." + status.name());
        }
    }

    public Company getCompany() {
        return company;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public AssessmentStatus getStatus() {
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

    public List<Risk> getRisks() {
        return List.copyOf(risks);
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
