package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.isms.certification.application.CertificateInput;
import jp.isms.certification.application.Certificates;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditType;
import jp.isms.certification.domain.BodySelection;
import jp.isms.certification.domain.CertificationBody;
import jp.isms.certification.domain.Finding;
import jp.isms.certification.domain.FindingGrade;
import jp.isms.certification.domain.Stage2Result;
import jp.isms.certification.domain.StandardEdition;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.Role;
import jp.isms.processes.CertificationBodySelection;
import jp.isms.scope.domain.ScopeVersion;
import jp.isms.shared.domain.ContentHash;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The demo company's path to its certificate, as the memo tells it: four bodies' quotes compared, the choice
 * approved by the CISO and top management, stage 1 (an observation), stage 2 with the interviews and one minor
 * nonconformity corrected before the recommendation, and certificate IS 123456 issued on 2026-02-16 for scope
 * version 1 — so the company is in its first surveillance year. Recording the certificate fires
 * {@code CertificateIssued} as the real flow does, so the cycle plans its audits. The corrected minor
 * nonconformity raises no event: its correction is history, no corrective action should start now.
 */
@ApplicationScoped
public class DemoCertification {

    static final LocalDate ISSUED = LocalDate.of(2026, 2, 16);

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Transactional(Transactional.TxType.MANDATORY)
    public void create(ScopeVersion scope, Department it, Department sales) {
        CertificationBody chosen = null;
        for (String[] row : DemoCompany.rows("demo/certification-bodies.csv")) {
            CertificationBody body = new CertificationBody(row[0], row[1]);
            body.quote(new CertificationBody.Quote(new BigDecimal(row[2]), Long.parseLong(row[3]),
                    Boolean.parseBoolean(row[4]), row[5], row[6], row[7]));
            em.persist(body);
            if (chosen == null) {
                chosen = body;
            }
        }
        select(chosen);

        Audit audit = new Audit("CB-2025-INITIAL", AuditType.INITIAL, LocalDate.of(2025, 11, 18), null, scope.getId(), chosen);
        em.persist(audit);
        audit.addFinding(FindingGrade.OBSERVATION, "7.5", null,
                "文書の版管理は行われているが、改訂履歴に承認者の記載がない文書がある。", null, "office", LocalDate.of(2025, 11, 18));
        audit.stage1Held(LocalDate.of(2025, 11, 18));
        audit.scheduleStage2(LocalDate.of(2026, 1, 20));
        audit.addInterview(LocalDateTime.of(2026, 1, 20, 10, 0), null, "top", "情報セキュリティ方針と目標、マネジメントレビュー");
        audit.addInterview(LocalDateTime.of(2026, 1, 20, 13, 30), it, "depthead", "ログの保管場所とアクセス権、資産目録");
        audit.addInterview(LocalDateTime.of(2026, 1, 20, 15, 0), sales, "saleshead", "顧客情報の取扱いと委託先管理");
        Finding minor = audit.addFinding(FindingGrade.MINOR, "A.5.18", it,
                "退職者のSaaSアカウント削除が手順どおり翌営業日までに行われていない事例が1件あった。",
                LocalDate.of(2026, 2, 19), "office", LocalDate.of(2026, 1, 20));
        audit.recordResult(Stage2Result.MINOR_CORRECTIONS, LocalDate.of(2026, 2, 19));
        audit.applyResult();
        minor.corrected(LocalDate.of(2026, 2, 5));
        audit.recommend();
        em.flush();
        certificates.issue(audit, new CertificateInput("IS 123456", StandardEdition.JIS_Q_27001_2023, ISSUED),
                scope.getId(), "office");
    }

    /** The office's choice, reviewed by the CISO and approved by top management, with the decisions in the log. */
    private void select(CertificationBody body) {
        BodySelection selection = new BodySelection(body,
                "4社の単価に大きな差はないため、ISO/IEC 27017 への対応と審査時期 (2025年内に第一段階審査が可能) を重視した。", "office");
        em.persist(selection);
        selection.approve();
        ApprovalRecord.Subject subject = new ApprovalRecord.Subject("CERTIFICATION_BODY_SELECTION",
                "CB-SELECTION-" + selection.getId(), 1, ContentHash.sha256(selection.fingerprintText()));
        for (ApprovalRecord record : List.of(
                new ApprovalRecord(subject, null, "submission", Decision.SUBMIT, "office", "鈴木 一郎",
                        Role.ISMS_OFFICE.groupId(), selection.getReason()),
                new ApprovalRecord(subject, null, CertificationBodySelection.TASK_REVIEW_BY_CISO, Decision.APPROVE, "ciso",
                        "佐藤 花子", Role.CISO.groupId(), "クラウドサービスの認証も視野に入れて妥当。"),
                new ApprovalRecord(subject, null, CertificationBodySelection.TASK_APPROVE_BY_TOP_MANAGEMENT, Decision.APPROVE,
                        "top", "山田 太郎", Role.TOP_MANAGEMENT.groupId(), null))) {
            em.persist(record);
        }
    }
}
