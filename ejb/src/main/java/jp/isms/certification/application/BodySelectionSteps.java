package jp.isms.certification.application;

import static jp.isms.processes.CertificationBodySelection.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import jp.isms.certification.domain.BodySelection;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.shared.domain.ContentHash;
import jp.isms.workflow.application.CisoThenTopManagementSteps;
import jp.isms.workflow.domain.ApprovalRecord;

/** The decisions of {@code certification-body-selection}: the CISO and top management approve or return. */
@ApplicationScoped
public class BodySelectionSteps extends CisoThenTopManagementSteps {

    public static final String SUBJECT_TYPE = "CERTIFICATION_BODY_SELECTION";

    @Inject
    CertificationRepository repository;

    public BodySelectionSteps() {
        super(TASK_REVIEW_BY_CISO, TASK_APPROVE_BY_TOP_MANAGEMENT, VAR_CISO_DECISION, VAR_TOP_MANAGEMENT_DECISION,
                VAR_SUBMITTED_BY);
    }

    /** The exact choice decided on: the body, its quote and the reason. */
    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        return subjectOf(repository.selection(((Number) processVariables.get(VAR_SELECTION_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing selection")));
    }

    static ApprovalRecord.Subject subjectOf(BodySelection selection) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, key(selection), 1, ContentHash.sha256(selection.fingerprintText()));
    }

    static String key(BodySelection selection) {
        return "CB-SELECTION-" + selection.getId();
    }
}
