package jp.isms.web.governance;

import static jp.isms.processes.GovernanceApproval.DOCUMENT_SCOPE;
import static jp.isms.processes.GovernanceApproval.VAR_DOCUMENT_ID;
import static jp.isms.processes.GovernanceApproval.VAR_DOCUMENT_TYPE;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.isms.governance.application.DocumentView;
import jp.isms.governance.application.PolicyDocuments;
import jp.isms.scope.application.ScopeDocuments;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;
import jp.isms.web.faces.Redirect;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The form of every task of {@code governance-approval}: the document version decided on (the scope's
 * tables or the policy's text), this process's decisions so far, and the decisions the task allows.
 */
@Named
@ViewScoped
public class GovernanceTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskActions tasks;

    @Inject
    ScopeDocuments scopes;

    @Inject
    PolicyDocuments policies;

    private String taskId;
    private TaskActions.OpenTask task;
    private String documentType;
    private DocumentView<?> document;
    private String comment;

    public void load() {
        Ui.attempt(() -> {
            task = tasks.open(currentUser.actor(), taskId);
            documentType = (String) task.variables().get(VAR_DOCUMENT_TYPE);
            long id = ((Number) task.variables().get(VAR_DOCUMENT_ID)).longValue();
            document = isScope() ? scopes.view(currentUser.actor(), id) : policies.view(currentUser.actor(), id);
        });
    }

    public void decide(String decision) {
        if (task != null && Ui.attempt(() -> tasks.complete(currentUser.actor(), taskId, decision, comment))) {
            Ui.info("task.decisionRecorded", Ui.text("decision." + Decision.parse(decision).orElseThrow().name()));
            Redirect.to("/app/inbox.xhtml");
        }
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
                .filter(d -> task.processInstanceId().equals(d.processInstanceId())).toList();
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

    public boolean allows(String decision) {
        return task != null && Decision.parse(decision).map(task.decisions()::contains).orElse(false);
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public TaskActions.OpenTask getTask() {
        return task;
    }

    public DocumentView<?> getDocument() {
        return document;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
