package jp.isms.risk.application;

import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.risk.domain.Treatment;

/** One register line as screens and the API show it. */
public record RiskRow(String riskNo, String departmentCode, String departmentName, String assetName, String threat,
        String vulnerability, int likelihood, int impact, int inherentScore, RiskLevel inherentLevel,
        Treatment treatment, String treatmentPlan, int residualLikelihood, int residualImpact, int residualScore,
        RiskLevel residualLevel, Integer assetValue, Integer threatLevel, Integer vulnerabilityLevel,
        Integer residualThreatLevel, Integer residualVulnerabilityLevel, String residualAcceptor, Long assetId,
        java.util.List<String> controlIds) implements java.io.Serializable {

    static RiskRow of(Risk r) {
        return new RiskRow(r.getRiskNo(), r.getDepartment() == null ? null : r.getDepartment().getCode(),
                r.getDepartment() == null ? null : r.getDepartment().getName(), r.getAssetName(), r.getThreat(),
                r.getVulnerability(), r.getLikelihood(), r.getImpact(), r.getInherentScore(), r.getInherentLevel(),
                r.getTreatment(), r.getTreatmentPlan(), r.getResidualLikelihood(), r.getResidualImpact(),
                r.getResidualScore(), r.getResidualLevel(), r.getAssetValue(), r.getThreatLevel(),
                r.getVulnerabilityLevel(), r.getResidualThreatLevel(), r.getResidualVulnerabilityLevel(),
                r.getResidualAcceptor(), r.getAssetId(), r.getControlIds());
    }
}
