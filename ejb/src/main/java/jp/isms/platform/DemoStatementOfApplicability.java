package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Role;
import jp.isms.processes.SoaApproval;
import jp.isms.soa.application.EntryTable;
import jp.isms.soa.application.SoaApprovalSteps;
import jp.isms.soa.domain.StatementOfApplicability;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The demo company's Statement of Applicability, version 1, approved the way the process would approve it
 * (submitted by the office, approved by the CISO and top management) with the decisions in the log. No
 * authorisation of the ISMS: the demo risk assessment is still a draft, so the request waits for it.
 */
@ApplicationScoped
public class DemoStatementOfApplicability {

    static final String RESOURCE = "demo/soa.tsv";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    ControlCatalogue catalogue;

    @Transactional(Transactional.TxType.MANDATORY)
    public void create(Company company) {
        StatementOfApplicability soa = new StatementOfApplicability(company,
                catalogue.all().stream().map(AnnexAControl::id).toList());
        EntryTable.read(RESOURCE).forEach(soa::revise);
        soa.submit("office");
        soa.approve();
        em.persist(soa);
        ApprovalRecord.Subject subject = new ApprovalRecord.Subject(SoaApprovalSteps.SUBJECT_TYPE, StatementOfApplicability.DOCUMENT_NO, 1,
                soa.fingerprint());
        for (ApprovalRecord record : List.of(
                new ApprovalRecord(subject, null, "submission", Decision.SUBMIT, "office", "鈴木 一郎",
                        Role.ISMS_OFFICE.groupId(), "初版を作成しました。"),
                new ApprovalRecord(subject, null, SoaApproval.TASK_REVIEW_BY_CISO, Decision.APPROVE, "ciso", "佐藤 花子",
                        Role.CISO.groupId(), "除外理由を確認しました。"),
                new ApprovalRecord(subject, null, SoaApproval.TASK_APPROVE_BY_TOP_MANAGEMENT, Decision.APPROVE, "top",
                        "山田 太郎", Role.TOP_MANAGEMENT.groupId(), null))) {
            em.persist(record);
        }
    }
}
