package jp.isms.evidence.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import org.junit.jupiter.api.Test;

class EvidenceIndexTest {

    private final PdfaRenderer renderer = new PdfaRenderer();
    private final EvidenceIndex.Made made = new EvidenceIndex.Made("株式会社サンプル", "佐藤 花子 (ciso)", "2026-11-24 10:00:00 JST");

    @Test
    void theIndexIsPdfAAndListsEveryFileWithKindVersionApprovalsAndBothHashes() throws Exception {
        EvidencePack pack = new EvidencePack(List.of(EvidencePackTest.file("SCOPE", 1, "scope"),
                EvidencePackTest.file("ASSET_INVENTORY", 0, "asset-inventory"), EvidencePackTest.file("SOA", 3, "soa")),
                Instant.now());

        byte[] pdf = renderer.render(EvidenceIndex.report(pack, made, Locale.JAPANESE));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        String text = PdfaCheck.text(pdf);
        String joined = text.replaceAll("\\s", "");
        assertThat(text).contains("監査証跡パック 索引", "株式会社サンプル", "佐藤 花子 (ciso)", "2026-11-24 10:00:00 JST",
                "適用範囲", "情報資産目録", "適用宣言書", "SCOPE-KEY", "佐藤 花子 (CISO) 2026-03-01 10:00");
        for (EvidencePack.Entry e : pack.entries()) {
            assertThat(joined).contains(e.fileName(), e.pdfSha256());
        }
        assertThat(joined).contains("c0".repeat(32));
    }

    @Test
    void whatAnAuditorLooksForAndThePackLacksIsListedWithItsReason() throws Exception {
        EvidencePack pack = new EvidencePack(List.of(EvidencePackTest.file("SCOPE", 1, "scope"),
                EvidencePackTest.file("INTERNAL_AUDIT_REPORT", 1, "internal-audit")), Instant.now());

        assertThat(EvidenceIndex.missing(pack)).containsExactly("POLICY", "ASSET_INVENTORY", "RISK_ASSESSMENT_REPORT",
                "RISK_TREATMENT_PLAN", "RESIDUAL_RISKS", "SOA", "TRAINING_RECORDS");
        String text = PdfaCheck.text(renderer.render(EvidenceIndex.report(pack, made, Locale.ENGLISH)));
        assertThat(text).contains("Evidence pack index", "Documents not in the pack", "Information security policy",
                "No approved version yet.", "Training records", "not kept in this system yet");
        // a kind another context adds without a bundle name shows as it is (the narrow column wraps it)
        assertThat(text.replaceAll("\\s", "")).contains("INTERNAL_AUDIT_REPORT");
    }

    @Test
    void trainingRecordsAreNoLongerMissingOnceASourceAddsThem() {
        EvidencePack pack = new EvidencePack(List.of(EvidencePackTest.file("TRAINING_RECORDS", 1, "training")),
                Instant.now());
        assertThat(EvidenceIndex.missing(pack)).doesNotContain("TRAINING_RECORDS").contains("SCOPE");
    }
}
