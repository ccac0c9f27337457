package jp.isms.risk.infrastructure;

import static jp.isms.processes.RiskAssessmentApproval.*;

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
    @Named(DELEGATE_PLAN_DEPARTMENTS)
    JavaDelegate planDepartments() {
        return execution -> execution.setVariable(VAR_DEPARTMENTS_TO_REVIEW,
                String.join(",", approvals.departments(assessmentId(execution))));
    }

    @Produces
    @Named(DELEGATE_ROUTE_ACCEPTANCE)
    JavaDelegate routeAcceptance() {
        return execution -> execution.setVariable(VAR_TOP_MANAGEMENT_REQUIRED,
                approvals.topManagementRequired(assessmentId(execution)));
    }

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
