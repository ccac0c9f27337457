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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Sha256;

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

    /** The risk method version every score of this version was rated with (see {@code riskmethod}). */
    @Column(name = "method_version_id")
    private Long methodVersionId;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("riskNo")
    private List<Risk> risks = new ArrayList<>();

    protected RiskAssessment() {
    }

    public RiskAssessment(Company company, String businessKey, String title, Long methodVersionId) {
        this(company, businessKey, title);
        this.methodVersionId = methodVersionId;
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

    public Risk addRisk(Department department, RiskChange values, RiskMethod method) {
        requireEditable();
        requireOwnMethod(method);
        String riskNo = String.format("R-%03d", risks.stream().map(Risk::getRiskNo)
                .map(no -> Integer.parseInt(no.substring(2))).max(Integer::compare).orElse(0) + 1);
        Risk risk = new Risk(this, riskNo, department, values, method);
        risks.add(risk);
        return risk;
    }

    public void reviseRisk(String riskNo, RiskChange change, RiskMethod method) {
        requireEditable();
        requireOwnMethod(method);
        risk(riskNo).apply(change, method);
    }

    /**
     * Scores every risk again with another method version: only on request, only while the version is editable
     * (never an approved one), and all or nothing (a risk the new method refuses fails the whole re-basing).
     */
    public void rebase(RiskMethod method) {
        requireEditable();
        risks.forEach(r -> r.rescore(method));
        methodVersionId = method.versionId();
    }

    /** A risk is always scored with the version the assessment stores, so one list never mixes two methods. */
    private void requireOwnMethod(RiskMethod method) {
        if (methodVersionId != null && !methodVersionId.equals(method.versionId())) {
            throw new IllegalStateException("Assessment " + businessKey + " is scored with method version id "
                    + methodVersionId + ", not " + method.versionId());
        }
    }

    /** A risk of this version for changing its treatment (controls, plan items): only while editable. */
    public Risk editableRisk(String riskNo) {
        requireEditable();
        return risk(riskNo);
    }

    /** A risk found on an asset of the inventory, e.g. a kept proposal of the threat catalogue. */
    public Risk addRiskOnAsset(Department department, RiskChange values, Long assetId, RiskMethod method) {
        Risk risk = addRisk(department, values, method);
        risk.linkAsset(assetId);
        return risk;
    }

    /** A new draft version with the same risks, for changing an approved assessment. */
    public RiskAssessment startNextVersion() {
        if (status != AssessmentStatus.APPROVED) {
            throw IsmsException.conflict("risk.assessment.notLatestApproved");
        }
        RiskAssessment next = new RiskAssessment(company, businessKey, title, methodVersionId);
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
        return Sha256.hex(canonical);
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

    public Long getMethodVersionId() {
        return methodVersionId;
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
