/**
 * The auditors' evidence pack (issue 5 §10): one ZIP with the current approved documents of every context
 * that offers an {@link jp.isms.report.application.EvidenceSource}, an index PDF/A naming each file's kind,
 * version, approvals and hashes, and a {@code SHA256SUMS} file; every download is logged.
 */
package jp.isms.evidence;
