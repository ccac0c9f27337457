package jp.isms.soa.application;

import static jp.isms.processes.SoaApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import jp.isms.soa.domain.SoaRepository;
import jp.isms.soa.domain.StatementOfApplicability;
import jp.isms.workflow.application.CisoThenTopManagementSteps;
import jp.isms.workflow.domain.ApprovalRecord;

/** The decisions of {@code soa-approval}: the CISO and top management each approve or return. */
@ApplicationScoped
public class SoaApprovalSteps extends CisoThenTopManagementSteps {

    public static final String SUBJECT_TYPE = "SOA";

    @Inject
    SoaRepository statements;

    public SoaApprovalSteps() {
        super(TASK_REVIEW_BY_CISO, TASK_APPROVE_BY_TOP_MANAGEMENT, VAR_CISO_DECISION, VAR_TOP_MANAGEMENT_DECISION,
                VAR_SUBMITTED_BY);
    }

    /** The exact statement decided on: its version and the SHA-256 of every line as it stands now. */
    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        StatementOfApplicability soa = statements.findById(((Number) processVariables.get(VAR_SOA_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing statement"));
        return subjectOf(soa);
    }

    static ApprovalRecord.Subject subjectOf(StatementOfApplicability soa) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, StatementOfApplicability.DOCUMENT_NO, soa.getVersion(),
                soa.fingerprint());
    }
}
