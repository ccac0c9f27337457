package jp.isms.risk.domain;

/**
 * What the risk owner adds when keeping a proposal: the analysis the catalogue cannot know. Without a treatment
 * option the risk is to be reduced; without residual values the residual risk is the inherent one until the
 * chosen controls are in place and assessed.
 */
public record KeepDecision(Integer likelihood, Integer impact, Treatment treatment, Integer residualLikelihood,
        Integer residualImpact) {
}
