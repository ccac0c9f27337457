package jp.isms.evidence.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.shared.domain.ContentHash;
import org.junit.jupiter.api.Test;

class EvidencePackTest {

    static EvidenceFile file(String kind, int version, String stem) {
        return new EvidenceFile(new DocumentRef(kind, kind + "-KEY", version, "c0".repeat(32)), kind + " title",
                "佐藤 花子 (CISO) 2026-03-01 10:00", stem, ("%PDF " + kind + " v" + version).getBytes(StandardCharsets.UTF_8));
    }

    /** A source as a context offers one: its order and its files. */
    record Source(int order, List<EvidenceFile> given) implements EvidenceSource {
        @Override
        public List<EvidenceFile> files(Locale locale) {
            return given;
        }
    }

    /** A second class with the same order as {@link Source}: ties go by class name, never by discovery. */
    record LaterSource(int order, List<EvidenceFile> given) implements EvidenceSource {
        @Override
        public List<EvidenceFile> files(Locale locale) {
            return given;
        }
    }

    @Test
    void sourcesGoByOrderTheirFilesAsGivenAndEachFileIsNumberedWithItsStemAndVersion() {
        List<EvidenceFile> files = EvidencePacks.collect(List.of(
                new Source(50, List.of(file("SOA", 3, "soa"))),
                new Source(40, List.of(file("RISK_ASSESSMENT_REPORT", 2, "risk-assessment-report"),
                        file("RISK_TREATMENT_PLAN", 2, "risk-treatment-plan"), file("RESIDUAL_RISKS", 2, "residual-risks"))),
                new Source(10, List.of(file("SCOPE", 1, "scope"))),
                new LaterSource(10, List.of(file("EXTRA", 1, "extra"))),
                new Source(30, List.of()),
                new Source(30, List.of(file("ASSET_INVENTORY", 0, "asset-inventory")))), Locale.JAPANESE);

        EvidencePack pack = new EvidencePack(files, Instant.parse("2026-11-24T01:00:00Z"));

        assertThat(pack.entries()).extracting(EvidencePack.Entry::fileName).containsExactly("01_extra_v1.pdf",
                "02_scope_v1.pdf", "03_asset-inventory.pdf", "04_risk-assessment-report_v2.pdf",
                "05_risk-treatment-plan_v2.pdf", "06_residual-risks_v2.pdf", "07_soa_v3.pdf");
        assertThat(pack.entries()).extracting(EvidencePack.Entry::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aStemIsKeptToLettersDigitsAndHyphensThatEveryZipToolKeeps() {
        assertThat(EvidencePack.stem("Internal Audit_Report 2026.pdf")).isEqualTo("internal-audit-report-2026");
        assertThat(EvidencePack.stem("ＳＯＡ")).isEqualTo("soa");
        assertThat(EvidencePack.stem("内部監査報告書")).isEqualTo("document");
        assertThat(EvidencePack.stem("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(EvidencePack.fileName(12, file("CA", 4, "ca/NC-001"))).isEqualTo("12_ca-nc-001_v4.pdf");
    }

    @Test
    void theZipHoldsTheIndexFirstThenEveryDocumentThenSumsThatMatchEveryFile() throws Exception {
        EvidencePack pack = new EvidencePack(List.of(file("SCOPE", 1, "scope"), file("POLICY", 2, "policy")),
                Instant.parse("2026-11-24T01:00:00Z"));
        byte[] index = "%PDF index".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PreparedPack.Written written = new PreparedPack(pack, index, Locale.JAPANESE).writeTo(out);

        byte[] zip = out.toByteArray();
        assertThat(written.bytes()).isEqualTo(zip.length);
        assertThat(written.sha256()).isEqualTo(ContentHash.sha256(zip));
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("00_index.pdf", "01_scope_v1.pdf", "02_policy_v2.pdf", "SHA256SUMS");
        String[] sums = new String(entries.get("SHA256SUMS"), StandardCharsets.US_ASCII).split("\n");
        assertThat(sums).hasSize(3);
        for (String line : sums) {
            String[] parts = line.split("  ");
            assertThat(ContentHash.sha256(entries.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(pack.entries().get(1).pdfSha256()).isEqualTo(ContentHash.sha256(entries.get("02_policy_v2.pdf")));
    }

    @Test
    void thePackIsNamedByItsDayInTokyoAndItsLanguage() {
        EvidencePack pack = new EvidencePack(List.of(), Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(new PreparedPack(pack, new byte[0], Locale.ENGLISH).fileName())
                .isEqualTo("isms-evidence-pack-2026-11-25-en.zip");
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
