package jp.isms.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.isms.asset.domain.AssetType;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * A risk the threat catalogue suggests for a newly entered asset: one threat–vulnerability entry of the asset's
 * type. The texts stay in the catalogue (so each reader sees them in their language); the proposal keeps the
 * entry's code. The asset's number, name and department are copied so the list pages and filters by them
 * without reaching into the inventory (a pending proposal follows its asset's renaming or move to another department;
 * a decided one keeps what was decided on). Decided once: kept or discarded, by whom and when.
 */
@Entity
@Table(name = "risk_proposal")
public class RiskProposal extends Identified {

    @Column(name = "asset_id", nullable = false, updatable = false)
    private Long assetId;

    @Column(name = "asset_no", nullable = false)
    private String assetNo;

    @Column(name = "asset_name", nullable = false)
    private String assetName;

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    @Column(name = "entry_code", nullable = false, updatable = false)
    private String entryCode;

    /** The assessment that was current when the asset was entered; null if there was none yet. */
    @Column(name = "assessment_key")
    private String assessmentKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "risk_no")
    private String riskNo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RiskProposal() {
    }

    public RiskProposal(Long assetId, String assetNo, String assetName, String departmentCode, String entryCode,
            String assessmentKey) {
        this.assetId = assetId;
        this.assetNo = assetNo;
        this.assetName = assetName;
        this.departmentCode = departmentCode;
        this.entryCode = entryCode;
        this.assessmentKey = assessmentKey;
        this.status = ProposalStatus.PENDING;
        this.createdAt = Instant.now();
    }

    /** One pending proposal per catalogue entry of the asset's type. */
    public static List<RiskProposal> forAsset(Long assetId, String assetNo, String assetName, AssetType type,
            String departmentCode, ThreatCatalogue catalogue, String assessmentKey) {
        return catalogue.forType(type).stream().map(entry -> new RiskProposal(assetId, assetNo, assetName,
                departmentCode, entry.code(), assessmentKey)).toList();
    }

    /**
     * The register line a kept proposal becomes: the asset, the entry's threat and vulnerability in the keeper's
     * language (the register is written by people, in theirs), and the owner's analysis.
     */
    public RiskChange riskFor(CatalogueEntry entry, Locale language, KeepDecision decision) {
        if (!entry.code().equals(entryCode)) {
            throw new IllegalArgumentException(entry.code() + " is not the entry of proposal " + entryCode);
        }
        if (decision == null || decision.likelihood() == null) {
            throw IsmsException.invalid("validation.required", "risk.likelihood");
        }
        if (decision.impact() == null) {
            throw IsmsException.invalid("validation.required", "risk.impact");
        }
        int residualLikelihood = decision.residualLikelihood() == null ? decision.likelihood()
                : decision.residualLikelihood();
        int residualImpact = decision.residualImpact() == null ? decision.impact() : decision.residualImpact();
        Treatment option = decision.treatment() == null ? Treatment.REDUCE : decision.treatment();
        return new RiskChange(assetName, entry.threat(language), entry.vulnerability(language), decision.likelihood(),
                decision.impact(), option, null, residualLikelihood, residualImpact);
    }

    /** Records that the proposal became that risk of the register. */
    public void kept(String riskNo, String username) {
        decide(ProposalStatus.KEPT, username);
        this.riskNo = riskNo;
    }

    public void discard(String username) {
        decide(ProposalStatus.DISCARDED, username);
    }

    /** A decision is final: a second one (two owners at once, or a double click) is refused. */
    public void requirePending() {
        if (status != ProposalStatus.PENDING) {
            throw IsmsException.conflict("treatment.proposal.decided", "treatment.proposal.status." + status.name(),
                    decidedBy);
        }
    }

    private void decide(ProposalStatus decision, String username) {
        requirePending();
        this.status = decision;
        this.decidedBy = username;
        this.decidedAt = Instant.now();
    }

    public Long getAssetId() {
        return assetId;
    }

    public String getAssetNo() {
        return assetNo;
    }

    public String getAssetName() {
        return assetName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getEntryCode() {
        return entryCode;
    }

    public String getAssessmentKey() {
        return assessmentKey;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRiskNo() {
        return riskNo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
