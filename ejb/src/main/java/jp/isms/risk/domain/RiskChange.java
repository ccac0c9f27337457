package jp.isms.risk.domain;

/** What a risk owner or the ISMS office may change in one risk line. */
public record RiskChange(String assetName, String threat, String vulnerability, int likelihood, int impact,
        Treatment treatment, String treatmentPlan, int residualLikelihood, int residualImpact) {
}
