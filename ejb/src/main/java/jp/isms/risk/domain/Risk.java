package jp.isms.risk.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import jp.isms.shared.domain.Identified;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.IsmsException;

/**
 * One line of the register. Scores and levels are stored, not computed in queries, so the
 * database can sort and filter on them; they are recomputed whenever an input changes.
 */
@Entity
@Table(name = "risk")
public class Risk extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private RiskAssessment assessment;

    @Column(name = "risk_no", nullable = false)
    private String riskNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "asset_name", nullable = false)
    private String assetName;

    @Column(nullable = false)
    private String threat;

    @Column(nullable = false)
    private String vulnerability;

    @Column(nullable = false)
    private int likelihood;

    @Column(nullable = false)
    private int impact;

    @Column(name = "inherent_score", nullable = false)
    private int inherentScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "inherent_level", nullable = false)
    private RiskLevel inherentLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Treatment treatment;

    @Column(name = "treatment_plan")
    private String treatmentPlan;

    @Column(name = "residual_likelihood", nullable = false)
    private int residualLikelihood;

    @Column(name = "residual_impact", nullable = false)
    private int residualImpact;

    @Column(name = "residual_score", nullable = false)
    private int residualScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "residual_level", nullable = false)
    private RiskLevel residualLevel;

    @Column(name = "asset_value")
    private Integer assetValue;

    @Column(name = "threat_level")
    private Integer threatLevel;

    @Column(name = "vulnerability_level")
    private Integer vulnerabilityLevel;

    @Column(name = "residual_threat_level")
    private Integer residualThreatLevel;

    @Column(name = "residual_vulnerability_level")
    private Integer residualVulnerabilityLevel;

    /** What the method version's decision requires for the inherent risk: {@code accept} or {@code treat}. */
    @Column(name = "inherent_action")
    private String inherentAction;

    /** Who accepts the residual risk, by the method version's decision: a candidate group. */
    @Column(name = "residual_acceptor")
    private String residualAcceptor;

    /** The asset the risk was identified on, when it came from the inventory (an id of the asset context). */
    @Column(name = "asset_id")
    private Long assetId;

    /** The Annex A 2022 controls chosen to treat the risk. */
    @ElementCollection
    @CollectionTable(name = "risk_control", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "control_id")
    private java.util.Set<String> controlIds = new TreeSet<>();

    @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("itemNo")
    private List<TreatmentPlanItem> planItems = new ArrayList<>();

    protected Risk() {
    }

    Risk(RiskAssessment assessment, String riskNo, Department department, RiskChange values, RiskMethod method) {
        this.assessment = assessment;
        this.riskNo = riskNo;
        this.department = department;
        apply(values, method);
    }

    /** The same line in a new version, with the scores and ratings it had: copying never rescores. */
    Risk copyFor(RiskAssessment newVersion) {
        Risk copy = new Risk();
        copy.assessment = newVersion;
        copy.riskNo = riskNo;
        copy.department = department;
        copy.assetName = assetName;
        copy.threat = threat;
        copy.vulnerability = vulnerability;
        copy.likelihood = likelihood;
        copy.impact = impact;
        copy.inherentScore = inherentScore;
        copy.inherentLevel = inherentLevel;
        copy.treatment = treatment;
        copy.treatmentPlan = treatmentPlan;
        copy.residualLikelihood = residualLikelihood;
        copy.residualImpact = residualImpact;
        copy.residualScore = residualScore;
        copy.residualLevel = residualLevel;
        copy.assetValue = assetValue;
        copy.threatLevel = threatLevel;
        copy.vulnerabilityLevel = vulnerabilityLevel;
        copy.residualThreatLevel = residualThreatLevel;
        copy.residualVulnerabilityLevel = residualVulnerabilityLevel;
        copy.inherentAction = inherentAction;
        copy.residualAcceptor = residualAcceptor;
        copy.assetId = assetId;
        copy.controlIds.addAll(controlIds);
        planItems.forEach(item -> copy.planItems.add(item.copyFor(copy)));
        return copy;
    }

    /** Scores the line again with another method version (an explicit re-basing of a draft). */
    void rescore(RiskMethod method) {
        apply(values(), method);
    }

    /** Records the asset the risk was found on (a proposal kept from the threat catalogue). */
    void linkAsset(Long id) {
        this.assetId = id;
    }

    /**
     * Replaces the chosen controls. Every id must be a control of the catalogue; all are checked before any
     * is taken, so a refused list leaves the risk as it was.
     */
    public void chooseControls(Collection<String> ids, Predicate<String> knownControl) {
        TreeSet<String> chosen = new TreeSet<>(java.util.Comparator.comparing(Risk::controlOrder));
        for (String id : ids == null ? List.<String>of() : ids) {
            String stripped = id == null ? "" : id.strip();
            if (!knownControl.test(stripped)) {
                throw IsmsException.invalid("treatment.control.unknown", stripped);
            }
            chosen.add(stripped);
        }
        controlIds.clear();
        controlIds.addAll(chosen);
    }

    public TreatmentPlanItem addPlanItem(PlanItemChange values, LocalDate today) {
        int next = planItems.stream().mapToInt(TreatmentPlanItem::getItemNo).max().orElse(0) + 1;
        TreatmentPlanItem item = new TreatmentPlanItem(this, next, values, today);
        planItems.add(item);
        return item;
    }

    public TreatmentPlanItem revisePlanItem(int itemNo, PlanItemChange change, LocalDate today) {
        TreatmentPlanItem item = planItem(itemNo)
                .orElseThrow(() -> IsmsException.notFound("treatment.planItem.unknown", riskNo, itemNo));
        item.apply(change, today);
        return item;
    }

    public Optional<TreatmentPlanItem> planItem(int itemNo) {
        return planItems.stream().filter(i -> i.getItemNo() == itemNo).findFirst();
    }

    /** Sorts 5.2 before 5.10: numerically by theme, then by number within it. */
    private static String controlOrder(String id) {
        String[] parts = id.split("\\.");
        return parts.length == 2 && parts[0].matches("\\d{1,2}") && parts[1].matches("\\d{1,3}")
                ? String.format("%02d.%03d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) : id;
    }

    /** Checks everything first and only then assigns, so a refused change leaves the risk as it was. */
    void apply(RiskChange change, RiskMethod method) {
        String newAsset = required(change.assetName(), "risk.assetName");
        String newThreat = required(change.threat(), "risk.threat");
        String newVulnerability = required(change.vulnerability(), "risk.vulnerability");
        if (change.treatment() == null) {
            throw IsmsException.invalid("validation.required", "risk.treatment");
        }
        int newInherent = method.inherentScore(change);
        int newResidual = method.residualScore(change);
        if (newResidual > newInherent) {
            throw IsmsException.invalid("risk.residualAboveInherent");
        }
        RiskMethod.Rating inherentRating = method.rate(newInherent);
        RiskMethod.Rating residualRating = method.rate(newResidual);
        this.assetName = newAsset;
        this.threat = newThreat;
        this.vulnerability = newVulnerability;
        this.likelihood = change.likelihood();
        this.impact = change.impact();
        this.inherentScore = newInherent;
        this.inherentLevel = inherentRating.level();
        this.inherentAction = inherentRating.action();
        this.treatment = change.treatment();
        this.treatmentPlan = change.treatmentPlan() == null || change.treatmentPlan().isBlank() ? null
                : change.treatmentPlan().trim();
        this.residualLikelihood = change.residualLikelihood();
        this.residualImpact = change.residualImpact();
        this.residualScore = newResidual;
        this.residualLevel = residualRating.level();
        this.residualAcceptor = residualRating.acceptor();
        this.assetValue = change.assetValue();
        this.threatLevel = change.threatLevel();
        this.vulnerabilityLevel = change.vulnerabilityLevel();
        this.residualThreatLevel = change.residualThreatLevel();
        this.residualVulnerabilityLevel = change.residualVulnerabilityLevel();
    }

    public RiskChange values() {
        return new RiskChange(assetName, threat, vulnerability, likelihood, impact, treatment, treatmentPlan,
                residualLikelihood, residualImpact, assetValue, threatLevel, vulnerabilityLevel, residualThreatLevel,
                residualVulnerabilityLevel);
    }

    /** The line as it enters the fingerprint of an approved residual-risk list. */
    String canonicalLine() {
        return String.join("\u001f", riskNo, department == null ? "" : department.getCode(), assetName, threat,
                vulnerability, String.valueOf(likelihood), String.valueOf(impact), String.valueOf(inherentScore),
                inherentLevel.name(), treatment.name(), treatmentPlan == null ? "" : treatmentPlan,
                String.valueOf(residualLikelihood), String.valueOf(residualImpact), String.valueOf(residualScore),
                residualLevel.name()) + atvFactors();
    }

    /** Only lines scored by asset × threat × vulnerability carry these, so other lines hash as they always did. */
    private String atvFactors() {
        if (assetValue == null) {
            return "";
        }
        return String.join("\u001f", "", String.valueOf(assetValue), String.valueOf(threatLevel),
                String.valueOf(vulnerabilityLevel), String.valueOf(residualThreatLevel),
                String.valueOf(residualVulnerabilityLevel));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw IsmsException.invalid("validation.required", field);
        }
        return value.trim();
    }

    public RiskAssessment getAssessment() {
        return assessment;
    }

    public String getRiskNo() {
        return riskNo;
    }

    public Department getDepartment() {
        return department;
    }

    public String getAssetName() {
        return assetName;
    }

    public String getThreat() {
        return threat;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public int getImpact() {
        return impact;
    }

    public int getInherentScore() {
        return inherentScore;
    }

    public RiskLevel getInherentLevel() {
        return inherentLevel;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public String getTreatmentPlan() {
        return treatmentPlan;
    }

    public int getResidualLikelihood() {
        return residualLikelihood;
    }

    public int getResidualImpact() {
        return residualImpact;
    }

    public int getResidualScore() {
        return residualScore;
    }

    public RiskLevel getResidualLevel() {
        return residualLevel;
    }

    public Integer getAssetValue() {
        return assetValue;
    }

    public Integer getThreatLevel() {
        return threatLevel;
    }

    public Integer getVulnerabilityLevel() {
        return vulnerabilityLevel;
    }

    public Integer getResidualThreatLevel() {
        return residualThreatLevel;
    }

    public Integer getResidualVulnerabilityLevel() {
        return residualVulnerabilityLevel;
    }

    public String getInherentAction() {
        return inherentAction;
    }

    /** The candidate group that accepts this residual risk; unknown (rated before methods were versioned) is null. */
    public String getResidualAcceptor() {
        return residualAcceptor;
    }

    public Long getAssetId() {
        return assetId;
    }

    /** The chosen controls in the standard's order (5.2 before 5.10). */
    public List<String> getControlIds() {
        return controlIds.stream().sorted(java.util.Comparator.comparing(Risk::controlOrder)).toList();
    }

    public List<TreatmentPlanItem> getPlanItems() {
        return List.copyOf(planItems);
    }
}
