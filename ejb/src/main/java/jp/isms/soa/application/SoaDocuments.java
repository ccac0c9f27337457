package jp.isms.soa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.asset.application.FormulaGuard;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.control.domain.ControlTheme;
import jp.isms.organisation.application.Actor;
import jp.isms.report.application.ApprovedDocuments;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportHeaders;
import jp.isms.report.application.ReportLabels;
import jp.isms.shared.application.Messages;
import jp.isms.shared.domain.IsmsException;
import jp.isms.soa.domain.SoaEntry;
import jp.isms.soa.domain.SoaRepository;
import jp.isms.soa.domain.StatementOfApplicability;
import jp.isms.workflow.domain.ApprovalLog;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statement as documents: PDF/A (one table per theme, the header naming the approval) and an Excel
 * sheet. It is also the {@code SOA} kind of document the management authorisation attaches.
 */
@ApplicationScoped
@Transactional
public class SoaDocuments implements ApprovedDocuments {

    public static final String KIND = "SOA";

    @Inject
    SoaRepository statements;

    @Inject
    ControlCatalogue catalogue;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    PdfRenderer renderer;

    public byte[] pdf(Actor actor, Integer version) {
        SoaService.requireReader(actor);
        return renderer.render(report(load(version), actor.locale()));
    }

    public byte[] xlsx(Actor actor, Integer version) {
        SoaService.requireReader(actor);
        return xlsx(load(version), actor.locale());
    }

    /** The file name of a download: the document number and the version. */
    public static String fileName(int version, String extension) {
        return StatementOfApplicability.DOCUMENT_NO + "-v" + version + "." + extension;
    }

    public int versionOf(Integer version) {
        return load(version).getVersion();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<DocumentRef> current() {
        return statements.approved().map(s -> new DocumentRef(KIND, StatementOfApplicability.DOCUMENT_NO,
                s.getVersion(), s.getApprovedFingerprint()));
    }

    Report report(StatementOfApplicability soa, Locale locale) {
        String company = Messages.supported(locale).equals(Locale.ENGLISH) && soa.getCompany().getNameEn() != null
                ? soa.getCompany().getNameEn() : soa.getCompany().getName();
        Report report = new Report(ReportHeaders.header(company, Messages.get(locale, "soa.title"),
                StatementOfApplicability.DOCUMENT_NO, soa.getVersion(), soa.getApprovedAt(),
                approvalLog.forSubject(SoaApprovalSteps.SUBJECT_TYPE, StatementOfApplicability.DOCUMENT_NO), locale),
                ReportLabels.of(locale), Report.Orientation.LANDSCAPE);
        long applicable = soa.getEntries().stream().filter(SoaEntry::isApplicable).count();
        report.facts(List.of(
                new String[] { Messages.get(locale, "soa.status"), Messages.get(locale, "status." + soa.getStatus()) },
                new String[] { Messages.get(locale, "soa.counts"),
                        Messages.get(locale, "soa.countsValue", applicable, soa.getEntries().size() - applicable) },
                new String[] { "SHA-256", soa.fingerprint() }));
        report.paragraph(Messages.get(locale, "soa.report.intro"));
        for (ControlTheme theme : ControlTheme.values()) {
            report.heading(theme.clause() + " " + theme.titleIn(locale));
            List<List<String>> rows = new ArrayList<>();
            for (SoaEntry e : soa.getEntries()) {
                AnnexAControl control = control(e);
                if (control.theme() == theme) {
                    List<String> cells = cells(e, control, locale);
                    rows.add(cells.subList(1, cells.size()));
                }
            }
            report.table(columns(locale).subList(1, 8), List.of(0.6f, 2.6f, 0.7f, 3.6f, 1.1f, 1.0f, 2.4f), rows);
        }
        return report;
    }

    byte[] xlsx(StatementOfApplicability soa, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Messages.get(locale, "soa.sheet") + " v" + soa.getVersion());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            List<String> header = columns(locale);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
                first.getCell(i).setCellStyle(bold);
            }
            int[] widths = { 18, 8, 40, 8, 60, 14, 14, 40 };
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int index = 1;
            for (SoaEntry e : soa.getEntries()) {
                Row row = sheet.createRow(index++);
                List<String> cells = cells(e, control(e), locale);
                for (int i = 0; i < cells.size(); i++) {
                    // text a spreadsheet would run as a formula is neutralised, as in every export
                    row.createCell(i).setCellValue(FormulaGuard.neutralise(cells.get(i)));
                    row.getCell(i).setCellStyle(wrapped);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, index - 1, 0, header.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> columns(Locale locale) {
        return List.of(Messages.get(locale, "soa.column.theme"), Messages.get(locale, "soa.column.control"),
                Messages.get(locale, "soa.column.title"), Messages.get(locale, "soa.column.applicable"),
                Messages.get(locale, "soa.column.justification"), Messages.get(locale, "soa.column.status"),
                Messages.get(locale, "soa.column.risks"), Messages.get(locale, "soa.column.rules"));
    }

    private static List<String> cells(SoaEntry e, AnnexAControl control, Locale locale) {
        return List.of(control.theme().titleIn(locale), e.getControlId(), control.titleIn(locale),
                Messages.get(locale, e.isApplicable() ? "soa.applicable" : "soa.excluded"),
                e.getJustification() == null ? "" : e.getJustification(),
                e.getStatus() == null ? "-" : Messages.get(locale, "soa.implementation." + e.getStatus()),
                String.join(", ", e.getRiskNos()), String.join("\n", e.getInternalRules()));
    }

    private AnnexAControl control(SoaEntry e) {
        return catalogue.byId(e.getControlId())
                .orElseThrow(() -> new IllegalStateException("control missing from the catalogue: " + e.getControlId()));
    }

    private StatementOfApplicability load(Integer version) {
        return (version == null ? statements.latest() : statements.find(version))
                .orElseThrow(() -> IsmsException.notFound("soa.unknownVersion", version == null ? "-" : version));
    }
}
