package jp.isms.web.certification;

import static jp.isms.processes.CertificationAudit.VAR_AUDIT_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.certification.application.AuditView;
import jp.isms.certification.application.CertificationAudits;
import jp.isms.web.task.TaskDecisionForm;
import jp.isms.workflow.application.TaskActions;

/**
 * The form of the work steps of {@code certification-audit}: the audit as it stands, a link to the audit page
 * where the step's data is recorded, and the button that says the step is done (or the re-audit decision).
 */
@Named
@ViewScoped
public class CertificationAuditTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificationAudits audits;

    private AuditView audit;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        audit = audits.view(currentUser.actor(), ((Number) task.variables().get(VAR_AUDIT_ID)).longValue());
    }

    public AuditView getAudit() {
        return audit;
    }
}
