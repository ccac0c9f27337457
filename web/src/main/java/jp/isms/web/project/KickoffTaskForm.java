package jp.isms.web.project;

import static jp.isms.processes.IsmsKickoff.VAR_PROJECT_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import jp.isms.project.application.CertificationProjects;
import jp.isms.project.application.ProjectDetails;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;

/**
 * The form of both {@code isms-kickoff} tasks: the project as submitted (outline, team, schedule), the decisions
 * of this process so far with the latest comment first in sight, and the decisions the task allows.
 */
@Named
@ViewScoped
public class KickoffTaskForm extends jp.isms.web.task.TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificationProjects projects;

    private ProjectDetails project;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        project = projects.view(currentUser.actor(), ((Number) task.variables().get(VAR_PROJECT_ID)).longValue());
    }

    /** This process instance's decisions, oldest first. */
    public List<ProjectDetails.DecisionView> getHistory() {
        return project == null ? List.of() : project.decisions().stream()
                .filter(d -> getTask().processInstanceId().equals(d.processInstanceId())).toList();
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

    public ProjectDetails getProject() {
        return project;
    }
}
