package jp.isms.evidence.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportLabels;
import jp.isms.shared.application.Messages;

/**
 * The index of a pack as a controlled document in the SoA's style: who made it and when, how to check the
 * hashes, one row per file (kind, title, key, version, approvals, SHA-256 of the content and of the PDF in
 * the ZIP), and the documents an auditor looks for that the pack does not hold, each with the reason.
 */
public final class EvidenceIndex {

    static final String DOCUMENT_NO = "ISMS-EVIDENCE";

    /**
     * The Plan-phase documents the standard asks for (4.3, 5.2, 5.9, 6.1.2, 6.1.3, 8.2, 8.3): when one is not
     * in the pack, the index says so rather than leaving the auditor to notice.
     */
    static final List<String> EXPECTED = List.of("SCOPE", "POLICY", "ASSET_INVENTORY", "RISK_ASSESSMENT_REPORT",
            "RISK_TREATMENT_PLAN", "RESIDUAL_RISKS", "SOA");

    /** Competence records (7.2) are evidence auditors ask for, and no context keeps them yet. */
    static final String TRAINING_RECORDS = "TRAINING_RECORDS";

    private EvidenceIndex() {
    }

    /** What made the pack: the company, the person and the time (already in the company's zone). */
    public record Made(String company, String by, String at) {
    }

    public static Report report(EvidencePack pack, Made made, Locale locale) {
        Report report = new Report(new Report.Header(made.company(), Messages.get(locale, "evidence.index.title"), DOCUMENT_NO,
                0, null, List.of()), ReportLabels.generated(locale, Messages.get(locale, "evidence.asOf", made.at())),
                Report.Orientation.LANDSCAPE);
        report.facts(List.of(new String[] { Messages.get(locale, "evidence.index.madeAt"), made.at() },
                new String[] { Messages.get(locale, "evidence.index.madeBy"), made.by() },
                new String[] { Messages.get(locale, "evidence.index.fileCount"), String.valueOf(pack.entries().size()) }));
        report.paragraph(Messages.get(locale, "evidence.index.hashes"));
        report.heading(Messages.get(locale, "evidence.index.files"));
        report.table(columns(locale, "evidence.column.no", "evidence.column.file", "evidence.column.kind",
                "evidence.column.title", "evidence.column.key", "evidence.column.version", "evidence.column.approvals",
                "evidence.column.contentSha256", "evidence.column.pdfSha256"),
                List.of(0.35f, 1.7f, 1.2f, 1.3f, 1.1f, 0.7f, 2.4f, 2.2f, 2.2f),
                pack.entries().stream().map(e -> {
                    DocumentRef ref = e.file().ref();
                    return List.of(String.format("%02d", e.number()), e.fileName(), kindName(ref.kind(), locale),
                            e.file().title(), ref.key(), ref.version() > 0 ? String.valueOf(ref.version()) : "-",
                            e.file().approvals() == null || e.file().approvals().isBlank()
                                    ? Messages.get(locale, "evidence.index.noApprovals") : e.file().approvals(),
                            ref.sha256() == null ? "-" : ref.sha256(), e.pdfSha256());
                }).toList());
        report.heading(Messages.get(locale, "evidence.index.missing"));
        report.table(columns(locale, "evidence.column.kind", "evidence.column.reason"), List.of(1.5f, 5f),
                missing(pack).stream().map(kind -> List.of(kindName(kind, locale), Messages.get(locale,
                        TRAINING_RECORDS.equals(kind) ? "evidence.index.notKept" : "evidence.index.notApproved")))
                        .toList());
        return report;
    }

    /** The expected kinds the pack lacks, then the training records unless a source has started to add them. */
    static List<String> missing(EvidencePack pack) {
        Set<String> present = pack.entries().stream().map(e -> e.file().ref().kind()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(EXPECTED.stream().filter(k -> !present.contains(k)).toList());
        if (!present.contains(TRAINING_RECORDS)) {
            missing.add(TRAINING_RECORDS);
        }
        return missing;
    }

    /** The bundle's name of a kind ({@code report.kind.<KIND>}); a kind another context added without one shows as is. */
    public static String kindName(String kind, Locale locale) {
        String key = "report.kind." + kind;
        String name = Messages.get(locale, key);
        return name.equals(key) ? kind : name;
    }

    private static List<String> columns(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> Messages.get(locale, k)).toList();
    }
}
