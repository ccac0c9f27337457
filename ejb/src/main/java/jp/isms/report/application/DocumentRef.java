package jp.isms.report.application;

/**
 * An exact approved document: its kind ({@code SOA}, {@code RISK_TREATMENT_PLAN}, ...), its key, its
 * version and the SHA-256 of its canonical content. Two refs with the same kind and key but another version
 * or hash are two different documents.
 */
public record DocumentRef(String kind, String key, int version, String sha256) implements java.io.Serializable {
}
