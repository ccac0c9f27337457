package jp.isms.web.governance;

import static jp.isms.processes.GovernanceApproval.DOCUMENT_SCOPE;
import static jp.isms.processes.GovernanceApproval.VAR_DOCUMENT_ID;
import static jp.isms.processes.GovernanceApproval.VAR_DOCUMENT_TYPE;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import jp.isms.governance.application.DocumentView;
import jp.isms.governance.application.PolicyDocuments;
import jp.isms.scope.application.ScopeDocuments;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;

/**
 * The form of every task of {@code governance-approval}: the document version decided on (the scope's
 * tables or the policy's text), this process's decisions so far, and the decisions the task allows.
 */
@Named
@ViewScoped
public class GovernanceTaskForm extends jp.isms.web.task.TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ScopeDocuments scopes;

    @Inject
    PolicyDocuments policies;

    private String documentType;
    private DocumentView<?> document;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        documentType = (String) task.variables().get(VAR_DOCUMENT_TYPE);
        long id = ((Number) task.variables().get(VAR_DOCUMENT_ID)).longValue();
        document = isScope() ? scopes.view(currentUser.actor(), id) : policies.view(currentUser.actor(), id);
    }

    public boolean isScope() {
        return DOCUMENT_SCOPE.equals(documentType);
    }

    /** The page that shows the document (and where the office revises it). */
    public String getDocumentPage() {
        return isScope() ? "/app/scope/scope" : "/app/governance/policy";
    }

    /** This process instance's decisions, oldest first. */
    public List<DocumentView.DecisionEntry> getHistory() {
        return document == null ? List.of() : document.decisions().stream()
                .filter(d -> getTask().processInstanceId().equals(d.processInstanceId())).toList();
    }

    /** The latest comment that sent the document back or reviewed it: what the reader must see first. */
    public Optional<DocumentView.DecisionEntry> getLatestComment() {
        List<DocumentView.DecisionEntry> history = getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            DocumentView.DecisionEntry d = history.get(i);
            if (d.comment() != null && d.decision() != Decision.SUBMIT && d.decision() != Decision.RESUBMIT) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public DocumentView<?> getDocument() {
        return document;
    }
}
