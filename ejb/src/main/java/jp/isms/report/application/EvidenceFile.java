package jp.isms.report.application;

/**
 * One file of the auditors' evidence pack: the exact approved document, how the index names it and who
 * approved it, and the PDF itself.
 *
 * @param ref       kind, key, version and SHA-256 of the document's canonical content
 * @param title     localized title for the index
 * @param approvals localized "approved by ... on ..." lines for the index, may be empty
 * @param fileName  the name inside the ZIP, e.g. {@code 07_soa_v3.pdf} is built by the pack; this is the stem
 * @param pdf       the PDF/A bytes
 */
public record EvidenceFile(DocumentRef ref, String title, String approvals, String fileName, byte[] pdf) {
}
