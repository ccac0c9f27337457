package jp.isms.web.risk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.risk.application.RiskRegister;
import jp.isms.risk.application.RiskRow;
import jp.isms.risk.domain.RiskChange;
import jp.isms.risk.domain.Treatment;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/**
 * The add/edit dialog of the register. Editing an approved version saves into a new draft
 * version and says so; the approved one is never changed.
 */
@Named
@ViewScoped
public class RiskEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskRegister register;

    @Inject
    UserAdministration organisation;

    @Inject
    RiskRegisterView registerView;

    private String riskNo;
    private String department;
    private String assetName;
    private String threat;
    private String vulnerability;
    private int likelihood = 3;
    private int impact = 3;
    private Treatment treatment = Treatment.REDUCE;
    private String treatmentPlan;
    private int residualLikelihood = 2;
    private int residualImpact = 2;
    private Integer assetValue;
    private Integer threatLevel;
    private Integer vulnerabilityLevel;
    private Integer residualThreatLevel;
    private Integer residualVulnerabilityLevel;

    public void startNew() {
        riskNo = null;
        department = null;
        assetName = null;
        threat = null;
        vulnerability = null;
        likelihood = 3;
        impact = 3;
        treatment = Treatment.REDUCE;
        treatmentPlan = null;
        residualLikelihood = 2;
        residualImpact = 2;
        assetValue = null;
        threatLevel = null;
        vulnerabilityLevel = null;
        residualThreatLevel = null;
        residualVulnerabilityLevel = null;
    }

    public void edit(RiskRow row) {
        riskNo = row.riskNo();
        department = row.departmentCode();
        assetName = row.assetName();
        threat = row.threat();
        vulnerability = row.vulnerability();
        likelihood = row.likelihood();
        impact = row.impact();
        treatment = row.treatment();
        treatmentPlan = row.treatmentPlan();
        residualLikelihood = row.residualLikelihood();
        residualImpact = row.residualImpact();
        assetValue = row.assetValue();
        threatLevel = row.threatLevel();
        vulnerabilityLevel = row.vulnerabilityLevel();
        residualThreatLevel = row.residualThreatLevel();
        residualVulnerabilityLevel = row.residualVulnerabilityLevel();
    }

    public void save() {
        String key = registerView.getAssessment().businessKey();
        int shownVersion = registerView.getAssessment().version();
        RiskChange change = isAtv()
                ? new RiskChange(assetName, threat, vulnerability, 0, 0, treatment, treatmentPlan, 0, 0, assetValue,
                        threatLevel, vulnerabilityLevel, residualThreatLevel, residualVulnerabilityLevel)
                : new RiskChange(assetName, threat, vulnerability, likelihood, impact, treatment, treatmentPlan,
                        residualLikelihood, residualImpact);
        Integer[] savedVersion = new Integer[1];
        boolean saved = Ui.attempt(() -> {
            if (riskNo == null) {
                register.addRisk(currentUser.actor(), key, department, change);
                savedVersion[0] = register.view(currentUser.actor(), key, null).orElseThrow().version();
            } else {
                savedVersion[0] = register.reviseRisk(currentUser.actor(), key, riskNo, change);
            }
        });
        if (saved) {
            if (savedVersion[0] != shownVersion) {
                Ui.info("risk.newVersionCreated", key, savedVersion[0]);
            } else {
                Ui.info("risk.saved");
            }
            registerView.reload(key, savedVersion[0]);
            PrimeFaces.current().executeScript("PF('riskDialog').hide()");
        }
    }

    public List<UserAdministration.DepartmentOption> getDepartments() {
        return organisation.departments();
    }

    public Treatment[] getTreatments() {
        return Treatment.values();
    }

    /** The values of each factor on the scale of the assessment's risk method version. */
    public List<Integer> getScale() {
        int max = registerView.getAssessment() == null ? 5 : registerView.getAssessment().methodScale();
        return java.util.stream.IntStream.rangeClosed(1, max).boxed().toList();
    }

    /** True where the assessment is scored by asset value × threat × vulnerability. */
    public boolean isAtv() {
        return registerView.getAssessment() != null
                && "ASSET_THREAT_VULNERABILITY".equals(registerView.getAssessment().methodKind());
    }

    public Integer getAssetValue() {
        return assetValue;
    }

    public void setAssetValue(Integer assetValue) {
        this.assetValue = assetValue;
    }

    public Integer getThreatLevel() {
        return threatLevel;
    }

    public void setThreatLevel(Integer threatLevel) {
        this.threatLevel = threatLevel;
    }

    public Integer getVulnerabilityLevel() {
        return vulnerabilityLevel;
    }

    public void setVulnerabilityLevel(Integer vulnerabilityLevel) {
        this.vulnerabilityLevel = vulnerabilityLevel;
    }

    public Integer getResidualThreatLevel() {
        return residualThreatLevel;
    }

    public void setResidualThreatLevel(Integer residualThreatLevel) {
        this.residualThreatLevel = residualThreatLevel;
    }

    public Integer getResidualVulnerabilityLevel() {
        return residualVulnerabilityLevel;
    }

    public void setResidualVulnerabilityLevel(Integer residualVulnerabilityLevel) {
        this.residualVulnerabilityLevel = residualVulnerabilityLevel;
    }

    public boolean isNew() {
        return riskNo == null;
    }

    public String getRiskNo() {
        return riskNo;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getAssetName() {
        return assetName;
    }

    public void setAssetName(String assetName) {
        this.assetName = assetName;
    }

    public String getThreat() {
        return threat;
    }

    public void setThreat(String threat) {
        this.threat = threat;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public void setVulnerability(String vulnerability) {
        this.vulnerability = vulnerability;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(int likelihood) {
        this.likelihood = likelihood;
    }

    public int getImpact() {
        return impact;
    }

    public void setImpact(int impact) {
        this.impact = impact;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public void setTreatment(Treatment treatment) {
        this.treatment = treatment;
    }

    public String getTreatmentPlan() {
        return treatmentPlan;
    }

    public void setTreatmentPlan(String treatmentPlan) {
        this.treatmentPlan = treatmentPlan;
    }

    public int getResidualLikelihood() {
        return residualLikelihood;
    }

    public void setResidualLikelihood(int residualLikelihood) {
        this.residualLikelihood = residualLikelihood;
    }

    public int getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(int residualImpact) {
        this.residualImpact = residualImpact;
    }
}
