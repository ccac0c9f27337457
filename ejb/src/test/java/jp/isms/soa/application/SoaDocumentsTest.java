package jp.isms.soa.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.control.infrastructure.ReferenceDataControlCatalogue;
import jp.isms.organisation.domain.Company;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.soa.domain.EntryChange;
import jp.isms.soa.domain.ImplementationStatus;
import jp.isms.soa.domain.StatementOfApplicability;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo company's statement as PDF/A and Excel, parsed back the way a reader's tools would. */
class SoaDocumentsTest {

    private static final ReferenceDataControlCatalogue CATALOGUE = new ReferenceDataControlCatalogue();
    private static final List<ApprovalRecord> LOG = new ArrayList<>();
    private static SoaDocuments documents;
    private static StatementOfApplicability soa;

    @BeforeAll
    static void demoStatement() {
        documents = new SoaDocuments();
        documents.catalogue = CATALOGUE;
        documents.renderer = new PdfaRenderer();
        documents.approvalLog = new ApprovalLog() {
            @Override
            public void append(ApprovalRecord record) {
                LOG.add(record);
            }

            @Override
            public List<ApprovalRecord> forSubject(String subjectType, String subjectKey) {
                return List.copyOf(LOG);
            }

            @Override
            public List<ApprovalRecord> forProcessInstance(String processInstanceId) {
                return List.of();
            }
        };
        soa = new StatementOfApplicability(new Company("株式会社サンプル", "Sample Co., Ltd."),
                CATALOGUE.all().stream().map(AnnexAControl::id).toList());
        EntryTable.read("demo/soa.tsv").forEach(soa::revise);
    }

    @Test
    void theDemoStatementFillsEveryControlAndExcludesAFewWithReasons() {
        assertThat(EntryTable.read("demo/soa.tsv")).hasSize(93);
        assertThat(soa.getEntries()).filteredOn(e -> !e.isApplicable()).extracting(e -> e.getControlId())
                .contains("8.30").allSatisfy(id -> assertThat(soa.entry(id).getJustification()).isNotBlank());
    }

    @Test
    void thePdfIsPdfA2bAndNamesAll93ControlsInJapanese() throws Exception {
        documents.report(soa, Locale.JAPANESE); // warm up: the fonts are parsed once per JVM
        long start = System.nanoTime();
        byte[] pdf = documents.renderer.render(documents.report(soa, Locale.JAPANESE));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Path out = Path.of("target", "ISMS-SOA-demo.pdf");
        Files.write(out, pdf);
        System.out.printf("SoA PDF: %d bytes, %d pages, %d ms (fonts already parsed) -> %s%n", pdf.length,
                PdfaCheck.pages(pdf), millis, out.toAbsolutePath());

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        String text = PdfaCheck.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("適用宣言書", "株式会社サンプル", "ISMS-SOA", "未承認", "組織的管理策", "技術的管理策",
                "ソフトウェア開発を外部に委託していないため除外する");
        for (AnnexAControl control : CATALOGUE.all()) {
            assertThat(text).as("control %s", control.id()).containsPattern("(^|\\s)" + control.id().replace(".", "\\.") + "\\s");
        }
    }

    @Test
    void theEnglishPdfSpeaksEnglish() throws Exception {
        String text = PdfaCheck.text(documents.renderer.render(documents.report(soa, Locale.ENGLISH)));
        assertThat(text).contains("Statement of Applicability", "Sample Co., Ltd.", "Organizational controls", "Excluded");
    }

    @Test
    void theExcelSheetHasAHeaderAndARowPerControlAndNeutralisesFormulas() throws Exception {
        soa.revise("5.1", new EntryChange(true, "=HYPERLINK(\"http://x\")", ImplementationStatus.IMPLEMENTED, List.of(),
                List.of("@SUM(1)")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(soa, Locale.JAPANESE)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(93);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("管理策");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("5.1");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("'@SUM(1)");
            assertThat(sheet.getRow(93).getCell(1).getStringCellValue()).isEqualTo("8.34");
        } finally {
            soa.revise("5.1", EntryTable.read("demo/soa.tsv").get("5.1"));
        }
    }
}
