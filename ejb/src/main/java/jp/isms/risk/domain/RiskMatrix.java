package jp.isms.risk.domain;

import jp.isms.shared.domain.IsmsException;

/**
 * The default method of the walking skeleton: likelihood × impact on a 5 × 5 grid.
 * Scores 1–6 are low, 7–14 medium (8, 9, 10 and 12 occur), 15–25 high. A configurable method with a DMN table replaces
 * the thresholds in a later issue; every assessment keeps the scores it was approved with.
 */
public final class RiskMatrix {

    public static final int MIN = 1;
    public static final int MAX = 5;
    static final int MEDIUM_FROM = 7;
    static final int HIGH_FROM = 15;

    private RiskMatrix() {
    }

    public static int score(int likelihood, int impact) {
        check("risk.likelihood", likelihood);
        check("risk.impact", impact);
        return likelihood * impact;
    }

    public static RiskLevel level(int score) {
        if (score >= HIGH_FROM) {
            return RiskLevel.HIGH;
        }
        return score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    private static void check(String field, int value) {
        if (value < MIN || value > MAX) {
            throw IsmsException.invalid("risk.valueOutOfRange", field, MIN, MAX);
        }
    }
}
