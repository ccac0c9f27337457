package jp.isms.web.task;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * What every decision form does: open the task (an unknown, finished or foreign task leaves a message and
 * no form), load what is decided on, and record the decision with its comment, then go back to the inbox.
 */
public abstract class TaskDecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentUser currentUser;

    @Inject
    TaskActions tasks;

    private String taskId;
    private TaskActions.OpenTask task;
    private String comment;

    /** Loads the subject of the open task (its ids are in the task's process variables). */
    protected abstract void loadSubject(TaskActions.OpenTask task);

    public void load() {
        Ui.attempt(() -> {
            task = tasks.open(currentUser.actor(), taskId);
            loadSubject(task);
        });
    }

    public void decide(String decision) throws IOException {
        if (task == null) {
            return;
        }
        if (Ui.attempt(() -> tasks.complete(currentUser.actor(), taskId, decision, comment, targets()))) {
            Ui.info("task.decisionRecorded", Ui.text("decision." + Decision.parse(decision).orElseThrow().name()));
            Ui.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/inbox.xhtml");
        }
    }

    /** Where a decision that sends work back goes, for processes that let the approver choose; none by default. */
    protected List<String> targets() {
        return List.of();
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
