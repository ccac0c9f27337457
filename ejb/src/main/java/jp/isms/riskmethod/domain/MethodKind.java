package jp.isms.riskmethod.domain;

import java.util.List;
import jp.isms.processes.RiskLevelDecision;
import jp.isms.risk.domain.RiskLevel;

/**
 * How a score is computed from a risk's factors. Each kind knows the range of scores a scale gives, so that a
 * version's thresholds can be checked against it, and its defaults (the organisation's usual criteria).
 */
public enum MethodKind {
    /** Likelihood × impact (default, 5 × 5). */
    MULTIPLICATIVE(RiskLevelDecision.METHOD_MULTIPLICATIVE, 5, 7, 15),
    /** Likelihood + impact: a sum at or above the threshold must be treated (the memo's example). */
    ADDITIVE(RiskLevelDecision.METHOD_ADDITIVE, 5, 6, 8),
    /** Asset value × threat × vulnerability, 1–3 each: common Japanese ISMS practice. */
    ASSET_THREAT_VULNERABILITY(RiskLevelDecision.METHOD_ASSET_THREAT_VULNERABILITY, 3, 7, 13);

    public static final int MIN_SCALE = 2;
    public static final int MAX_SCALE = 10;

    private final String decisionValue;
    private final int defaultScale;
    private final int defaultMediumFrom;
    private final int defaultHighFrom;

    MethodKind(String decisionValue, int defaultScale, int defaultMediumFrom, int defaultHighFrom) {
        this.decisionValue = decisionValue;
        this.defaultScale = defaultScale;
        this.defaultMediumFrom = defaultMediumFrom;
        this.defaultHighFrom = defaultHighFrom;
    }

    /** The value of the DMN input {@code method}. */
    public String decisionValue() {
        return decisionValue;
    }

    public int defaultScale() {
        return defaultScale;
    }

    public int minScore(int scale) {
        return this == ADDITIVE ? 2 : 1;
    }

    public int maxScore(int scale) {
        return switch (this) {
            case MULTIPLICATIVE -> scale * scale;
            case ADDITIVE -> 2 * scale;
            case ASSET_THREAT_VULNERABILITY -> scale * scale * scale;
        };
    }

    /** The score of the factors on this kind's formula; each factor must lie within 1..scale. */
    public int score(int scale, int... factors) {
        return switch (this) {
            case MULTIPLICATIVE -> factors[0] * factors[1];
            case ADDITIVE -> factors[0] + factors[1];
            case ASSET_THREAT_VULNERABILITY -> factors[0] * factors[1] * factors[2];
        };
    }

    /** The usual criteria: low accepted by the risk owner, medium treated and accepted by the CISO, high by top management. */
    public List<LevelRule> defaultLevels() {
        return List.of(new LevelRule(RiskLevel.LOW, minScore(defaultScale), RequiredAction.ACCEPT, Acceptor.RISK_OWNER),
                new LevelRule(RiskLevel.MEDIUM, defaultMediumFrom, RequiredAction.TREAT, Acceptor.CISO),
                new LevelRule(RiskLevel.HIGH, defaultHighFrom, RequiredAction.TREAT, Acceptor.TOP_MANAGEMENT));
    }
}
