package jp.isms.risk.infrastructure;

import static jp.isms.processes.RiskAssessmentApproval.DELEGATE_FREEZE;
import static jp.isms.processes.RiskAssessmentApproval.DELEGATE_RESUBMIT;
import static jp.isms.processes.RiskAssessmentApproval.DELEGATE_RETURN_FOR_REVISION;
import static jp.isms.processes.RiskAssessmentApproval.VAR_ASSESSMENT_ID;
import static jp.isms.processes.RiskAssessmentApproval.VAR_SUBMITTED_BY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.risk.application.RiskAssessmentApprovalService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The service tasks of {@code risk-assessment-approval}. Each is a named bean the BPMN reaches by
 * delegate expression; each only reads ids from the process and calls the application service.
 */
@ApplicationScoped
public class ApprovalProcessDelegates {

    @Inject
    RiskAssessmentApprovalService approvals;

    @Produces
    @Named(DELEGATE_FREEZE)
    JavaDelegate freeze() {
        return execution -> approvals.approve(assessmentId(execution));
    }

    @Produces
    @Named(DELEGATE_RETURN_FOR_REVISION)
    JavaDelegate returnForRevision() {
        return execution -> approvals.returnForRevision(assessmentId(execution));
    }

    @Produces
    @Named(DELEGATE_RESUBMIT)
    JavaDelegate resubmit() {
        return execution -> approvals.resubmit(assessmentId(execution), (String) execution.getVariable(VAR_SUBMITTED_BY));
    }

    private static long assessmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_ASSESSMENT_ID)).longValue();
    }
}
