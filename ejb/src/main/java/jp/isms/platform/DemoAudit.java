package jp.isms.platform;

import static jp.isms.processes.InternalAudit.TASK_APPROVE_PLAN;
import static jp.isms.processes.InternalAudit.TASK_REVIEW_REPORT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.isms.audit.application.AuditService;
import jp.isms.audit.application.AuditSteps;
import jp.isms.audit.domain.AuditAssignment;
import jp.isms.audit.domain.AuditPlan;
import jp.isms.audit.domain.AuditProgramme;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.ChecklistItem;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The demo company's internal audits: the 2026 programme (first year of the cycle, everything), a finished audit
 * IA-2026-1 (plan approved by the CISO, every checklist item recorded, report submitted with one major and one
 * minor nonconformity, reviewed by top management) whose nonconformities are raised as the report's submission
 * raises them, and a second plan IA-2026-2 still in draft.
 */
@ApplicationScoped
public class DemoAudit {

    /** The two nonconformities: department, requirement, grade, evidence, interviewee. */
    static final List<String[]> FINDINGS = List.of(
            new String[] { "IT", "A.5.18", "MAJOR_NC",
                    "2026年3月以降の退職者 3 名のアカウントが、業務システムで無効化されていなかった (アクセス権の棚卸し未実施)。",
                    "高橋 健" },
            new String[] { "HR", "7.2", "MINOR_NC",
                    "2026年度の情報セキュリティ教育の受講記録が 12 名中 2 名分欠落していた。", "小林 陽子" },
            new String[] { "SALES", "A.5.10", "OBSERVATION", "顧客資料の持ち出し記録の様式が部門内で統一されていない。",
                    "中村 大輔" },
            new String[] { "IT", "A.8.13", "OPPORTUNITY", "バックアップの復元テストを年 1 回から半期 1 回にすると確実になる。",
                    "高橋 健" });

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audits;

    @Inject
    Event<NonconformityRaised> raised;

    @Transactional(Transactional.TxType.MANDATORY)
    public void create(Map<String, Department> departments) {
        em.flush(); // the approved SoA must be visible to the query of the requirements
        List<String> required = audits.required();
        em.persist(new AuditProgramme(2026, 2026, required, required));

        InternalAudit finished = new InternalAudit("IA-2026-1", 2026, new AuditPlan("2026年度 第1回 内部監査",
                "ISMS適用範囲の全部門のうち情報システム部、営業部、人事部 (本社 東京、大阪支店)",
                "JIS Q 27001:2023 箇条4～10、附属書A (適用宣言書 第1版)、情報セキュリティ基本方針、社内規程",
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 18), "auditor", List.of(
                        new AuditAssignment("IT", "auditor"), new AuditAssignment("SALES", "auditor"),
                        new AuditAssignment("HR", "auditor2"))), required);
        em.persist(finished);
        em.flush();
        ApprovalRecord.Subject planSubject = AuditSteps.subjectOf(finished);
        finished.submitPlan("auditor");
        finished.approvePlan("ciso");
        em.persist(new ApprovalRecord(planSubject, null, "audit-plan", Decision.SUBMIT, "auditor", "田中 美咲",
                Role.INTERNAL_AUDITOR.groupId(), "2026年度の第1回監査計画です。"));
        em.persist(new ApprovalRecord(planSubject, null, TASK_APPROVE_PLAN, Decision.APPROVE, "ciso", "佐藤 花子",
                Role.CISO.groupId(), "監査員の独立性と範囲を確認しました。"));
        for (ChecklistItem item : finished.getItems()) {
            String[] finding = FINDINGS.stream().filter(f -> f[0].equals(item.getDepartmentCode())
                    && f[1].equals(item.getRequirement())).findFirst().orElse(null);
            String auditor = finished.auditorOf(item.getDepartmentCode()).orElseThrow();
            if (finding == null) {
                finished.record(item.getId(), AuditResult.CONFORMING, "規程・記録を確認し、要求事項どおりに運用されていた。",
                        null, auditor);
            } else {
                finished.record(item.getId(), AuditResult.valueOf(finding[2]), finding[3], finding[4], auditor);
            }
        }
        List<ChecklistItem> nonconformities = finished.submitReport("auditor",
                "3 部門を監査し、重大な不適合 1 件 (退職者アカウントの残存)、軽微な不適合 1 件 (教育記録の欠落)、観察事項 1 件、"
                        + "改善の機会 1 件を検出した。その他の要求事項は適合していた。");
        em.flush();
        ApprovalRecord.Subject reportSubject = AuditSteps.subjectOf(finished);
        em.persist(new ApprovalRecord(reportSubject, null, "audit-report", Decision.SUBMIT, "auditor", "田中 美咲",
                Role.INTERNAL_AUDITOR.groupId(), null));
        finished.review("top", "重大な不適合は 10 月末までに是正すること。アクセス権の棚卸しを全部門で四半期ごとに行うこと。");
        em.persist(new ApprovalRecord(reportSubject, null, TASK_REVIEW_REPORT, Decision.APPROVE, "top", "山田 太郎",
                Role.TOP_MANAGEMENT.groupId(), finished.getReviewComment()));
        for (ChecklistItem nc : nonconformities) {
            raised.fire(new NonconformityRaised(NonconformitySource.INTERNAL_AUDIT, nc.getId(),
                    AuditService.reference(finished, nc), nc.getResult().grade(),
                    departments.get(nc.getDepartmentCode()).getId(), nc.getRequirement(), nc.getEvidence(),
                    nc.getRecordedBy(), LocalDate.of(2026, 9, 10), null));
        }

        em.persist(new InternalAudit("IA-2026-2", 2026, new AuditPlan("2026年度 第2回 内部監査 (総務部・経営企画部)",
                "総務部、経営企画部 (本社 東京)", "JIS Q 27001:2023 箇条4～10、附属書A (適用宣言書 第1版)、社内規程",
                LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 29), "auditor2", List.of(
                        new AuditAssignment("GA", "auditor2"), new AuditAssignment("PLAN", "auditor"))), required));
    }
}
