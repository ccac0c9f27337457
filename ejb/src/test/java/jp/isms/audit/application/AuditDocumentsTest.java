package jp.isms.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.audit.domain.AuditAssignment;
import jp.isms.audit.domain.AuditPlan;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.ChecklistItem;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.control.infrastructure.ReferenceDataControlCatalogue;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.shared.domain.Identified;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The programme and the audit report as PDF/A-2b, validated by veraPDF. */
class AuditDocumentsTest {

    private static AuditDocuments documents;
    private static InternalAudit audit;

    @BeforeAll
    static void reviewedAudit() throws Exception {
        AuditService service = new AuditService();
        service.catalogue = new ReferenceDataControlCatalogue();
        service.users = new UserRepository() {
            @Override
            public Optional<AppUser> findByUsername(String username) {
                return Optional.empty();
            }

            @Override
            public List<AppUser> findAll() {
                return List.of();
            }

            @Override
            public long count() {
                return 0;
            }

            @Override
            public void add(AppUser user) {
            }
        };
        documents = new AuditDocuments();
        documents.service = service;
        documents.renderer = new PdfaRenderer();
        documents.approvalLog = new ApprovalLog() {
            @Override
            public void append(ApprovalRecord record) {
            }

            @Override
            public List<ApprovalRecord> forSubject(String subjectType, String subjectKey) {
                return List.of();
            }

            @Override
            public List<ApprovalRecord> forProcessInstance(String processInstanceId) {
                return List.of();
            }
        };
        audit = new InternalAudit("IA-2026-1", 2026, new AuditPlan("2026年度 内部監査", "全社 (本社 東京、大阪支店)",
                "JIS Q 27001:2023、情報セキュリティ基本方針、社内規程", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                "auditor", List.of(new AuditAssignment("IT", "auditor"), new AuditAssignment("HR", "auditor2"))),
                List.of("4.1", "9.2", "A.5.15", "A.8.13"));
        Field id = Identified.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 1;
        for (ChecklistItem item : audit.getItems()) {
            id.set(item, next++);
        }
        audit.submitPlan("auditor");
        audit.approvePlan("ciso");
        for (ChecklistItem item : audit.getItems()) {
            String auditor = item.getDepartmentCode().equals("IT") ? "auditor" : "auditor2";
            AuditResult result = item.getRequirement().equals("A.5.15") && auditor.equals("auditor") ? AuditResult.MAJOR_NC
                    : AuditResult.CONFORMING;
            audit.record(item.getId(), result, "退職者アカウント 3 件が残存していた", "高橋 健", auditor);
        }
        audit.submitReport("auditor", "重大な不適合 1 件。アクセス権の棚卸しが未実施。");
        audit.review("top", "是正処置を 1 か月以内に完了すること");
    }

    @Test
    void theAuditReportIsPdfA2bWithEveryChecklistResultAndTheReview() throws Exception {
        byte[] pdf = documents.renderer.render(documents.auditReport("株式会社サンプル", audit, Locale.JAPANESE));
        Files.write(Path.of("target", "IA-2026-1.pdf"), pdf);

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        String text = PdfaCheck.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("内部監査計画書・報告書", "株式会社サンプル", "IA-2026-1", "IA-2026-1 / 1", "重大な不適合",
                "退職者アカウント", "是正処置を 1 か月以内に完了すること", audit.getReportSha256(), "アクセス制御");
    }

    @Test
    void theProgrammeShowsTheCoverageOverTheCycle() throws Exception {
        AuditViews.Programme programme = new AuditViews.Programme(2027, 2026, 2, List.of(2026, 2027, 2028),
                List.of("4.1", "A.5.15"), List.of(new AuditViews.CoverageLine("4.1", "組織及びその状況の理解", List.of(2026, 2027), false),
                        new AuditViews.CoverageLine("A.8.13", "情報のバックアップ", List.of(), true)), 1);
        byte[] pdf = documents.renderer.render(documents.programmeReport("株式会社サンプル", programme, List.of(audit),
                Locale.ENGLISH));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        String text = PdfaCheck.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Internal audit programme 2027", "2026 to 2028", "IA-2026-1", "Gap", "A.8.13");
    }
}
