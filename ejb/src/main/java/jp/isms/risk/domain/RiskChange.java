package jp.isms.risk.domain;

/**
 * What a risk owner or the ISMS office may change in one risk line. Likelihood and impact feed the
 * likelihood × impact and likelihood + impact methods; asset value, threat level and vulnerability level (and
 * their residual levels) the asset × threat × vulnerability method. The factors a method does not use may be 0
 * or null.
 */
public record RiskChange(String assetName, String threat, String vulnerability, int likelihood, int impact,
        Treatment treatment, String treatmentPlan, int residualLikelihood, int residualImpact, Integer assetValue,
        Integer threatLevel, Integer vulnerabilityLevel, Integer residualThreatLevel,
        Integer residualVulnerabilityLevel) {

    /** A change for the likelihood-and-impact methods. */
    public RiskChange(String assetName, String threat, String vulnerability, int likelihood, int impact,
            Treatment treatment, String treatmentPlan, int residualLikelihood, int residualImpact) {
        this(assetName, threat, vulnerability, likelihood, impact, treatment, treatmentPlan, residualLikelihood,
                residualImpact, null, null, null, null, null);
    }
}
