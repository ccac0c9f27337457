package jp.isms.web.task;

import static jp.isms.processes.InternalAudit.VAR_AUDIT_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.audit.application.AuditDocuments;
import jp.isms.audit.application.AuditService;
import jp.isms.audit.application.AuditViews;
import jp.isms.web.faces.Download;
import jp.isms.workflow.application.TaskActions;
import org.primefaces.model.StreamedContent;

/** The forms of {@code internal-audit}'s decisions: the CISO's approval of the plan, top management's review. */
@Named
@ViewScoped
public class AuditTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audits;

    @Inject
    AuditDocuments documents;

    private AuditViews.Audit audit;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        audit = audits.view(currentUser.actor(), ((Number) task.variables().get(VAR_AUDIT_ID)).longValue());
    }

    public StreamedContent getPdf() {
        return Download.of(documents.auditPdf(currentUser.actor(), audit.id()), Download.PDF,
                AuditDocuments.auditFileName(audit.auditNo()));
    }

    public AuditViews.Audit getAudit() {
        return audit;
    }
}
