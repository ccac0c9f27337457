package jp.isms.report.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportLabels;
import org.junit.jupiter.api.Test;

class PdfaRendererTest {

    private final PdfaRenderer renderer = new PdfaRenderer();

    private static Report report(LocalDate approvedOn, int rows) {
        Report report = new Report(new Report.Header("株式会社サンプル", "適用宣言書", "ISMS-SOA", 3, approvedOn,
                approvedOn == null ? List.of() : List.of("佐藤 花子 (CISO)", "山田 太郎")), ReportLabels.of(Locale.JAPANESE),
                Report.Orientation.PORTRAIT);
        report.heading("組織的管理策").paragraph("長い説明文。".repeat(40)).facts(List.<String[]>of(new String[] { "SHA-256", "ab".repeat(32) }));
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(List.of("5." + i, "情報セキュリティのための方針群 " + i, "適用", "Text with words that wrap nicely ".repeat(3)));
        }
        return report.table(List.of("管理策", "名称", "適用", "理由"), List.of(1f, 3f, 1f, 4f), body);
    }

    @Test
    void aDraftIsPdfA2bWithJapaneseTextAndADraftMarkOnEveryPage() throws Exception {
        byte[] pdf = renderer.render(report(null, 120));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        String text = PdfaCheck.text(pdf);
        int pages = PdfaCheck.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        assertThat(text).contains("株式会社サンプル", "適用宣言書", "ISMS-SOA", "5.0", "5.119", "1 / " + pages, pages + " / " + pages);
        assertThat(text.split("未承認", -1)).hasSize(pages + 1);
    }

    @Test
    void anApprovedReportNamesItsApprovalDateAndApprovers() throws Exception {
        byte[] pdf = renderer.render(report(LocalDate.of(2026, 11, 24), 3));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        assertThat(PdfaCheck.text(pdf)).contains("2026-11-24", "佐藤 花子 (CISO)", "山田 太郎").doesNotContain("未承認");
    }

    @Test
    void theCheckItselfRefusesAPlainPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        assertThat(PdfaCheck.pdfa2bFailures(out.toByteArray())).isNotEmpty();
    }

    @Test
    void textTheFontCannotShowBecomesAQuestionMarkInsteadOfFailing() throws Exception {
        Report report = new Report(new Report.Header("Co", "T", "N", 1, null, null), ReportLabels.of(Locale.ENGLISH),
                Report.Orientation.LANDSCAPE).paragraph("bell\u0007 and emoji \uD83D\uDE00 end");

        assertThat(PdfaCheck.text(renderer.render(report))).contains("bell? and emoji ? end");
    }
}
