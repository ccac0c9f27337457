package jp.isms.risk.domain;

/** The level a score falls into; ordered from least to most severe. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
