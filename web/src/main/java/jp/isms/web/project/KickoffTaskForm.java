package jp.isms.web.project;

import static jp.isms.processes.IsmsKickoff.VAR_PROJECT_ID;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.isms.project.application.CertificationProjects;
import jp.isms.project.application.ProjectDetails;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The form of both {@code isms-kickoff} tasks: the project as submitted (outline, team, schedule), the decisions
 * of this process so far with the latest comment first in sight, and the decisions the task allows.
 */
@Named
@ViewScoped
public class KickoffTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskActions tasks;

    @Inject
    CertificationProjects projects;

    private String taskId;
    private TaskActions.OpenTask task;
    private ProjectDetails project;
    private String comment;

    public void load() {
        Ui.attempt(() -> {
            task = tasks.open(currentUser.actor(), taskId);
            project = projects.view(currentUser.actor(), ((Number) task.variables().get(VAR_PROJECT_ID)).longValue());
        });
    }

    public void decide(String decision) throws IOException {
        if (task != null && Ui.attempt(() -> tasks.complete(currentUser.actor(), taskId, decision, comment))) {
            Ui.info("task.decisionRecorded", Ui.text("decision." + Decision.parse(decision).orElseThrow().name()));
            Ui.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/inbox.xhtml");
        }
    }

    /** This process instance's decisions, oldest first. */
    public List<ProjectDetails.DecisionView> getHistory() {
        return project == null ? List.of() : project.decisions().stream()
                .filter(d -> task.processInstanceId().equals(d.processInstanceId())).toList();
    }

    /** The latest comment of top management: what the office must read first when revising. */
    public Optional<ProjectDetails.DecisionView> getLatestComment() {
        List<ProjectDetails.DecisionView> history = getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            ProjectDetails.DecisionView d = history.get(i);
            if (d.comment() != null && d.decision() == Decision.RETURN) {
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

    public ProjectDetails getProject() {
        return project;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
