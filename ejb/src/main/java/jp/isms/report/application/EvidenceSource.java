package jp.isms.report.application;

import java.util.List;
import java.util.Locale;

/**
 * A context that puts its current approved documents into the auditors' evidence pack. Each is a CDI bean in
 * the context that owns the documents (scope, SoA, internal audit report...); the pack collects every bean.
 */
public interface EvidenceSource {

    /** Where the source's files stand in the pack and its index: lower first. */
    int order();

    /** The current approved documents, rendered in {@code locale}; empty when there is none yet. */
    List<EvidenceFile> files(Locale locale);
}
