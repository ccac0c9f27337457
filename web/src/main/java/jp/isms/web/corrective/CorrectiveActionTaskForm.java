package jp.isms.web.corrective;

import static jp.isms.processes.CorrectiveAction.*;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.isms.corrective.application.ActionView;
import jp.isms.corrective.application.CorrectiveActionSteps;
import jp.isms.corrective.application.CorrectiveActions;
import jp.isms.web.faces.Redirect;
import jp.isms.web.faces.Ui;
import jp.isms.web.task.TaskDecisionForm;
import jp.isms.workflow.application.TaskActions;

/**
 * The form of every task of {@code corrective-action}: the action so far, and the step's own part — the correction,
 * the why-why analysis, the plan, the implementation (saved and submitted together), or the decision on the plan,
 * the verification (effective, or reopened with a reason) and the CISO's acknowledgement of an overdue action.
 */
@Named
@ViewScoped
public class CorrectiveActionTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectiveActions actions;

    private ActionView action;
    private String text;
    private String[] whys = new String[5];
    private String rootCause;
    private String owner;
    private LocalDate dueDate;
    private String reopenTarget = CorrectiveActionSteps.TARGET_IMPLEMENTATION;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        action = actions.view(currentUser.actor(), ((Number) task.variables().get(VAR_ACTION_ID)).longValue());
        // a plan reopened or returned starts from what was planned before
        if (TASK_ACTION_PLAN.equals(task.taskKey())) {
            text = action.plan();
            owner = action.owner();
            dueDate = action.dueDate();
        }
    }

    public void submit() {
        String key = getTask() == null ? null : getTask().taskKey();
        if (key == null) {
            return;
        }
        if (Ui.attempt(() -> {
            switch (key) {
                case TASK_CORRECTION -> actions.submitCorrection(currentUser.actor(), action.id(), text);
                case TASK_ROOT_CAUSE -> actions.submitRootCause(currentUser.actor(), action.id(),
                        new ArrayList<>(Arrays.asList(whys)), rootCause);
                case TASK_ACTION_PLAN -> actions.submitPlan(currentUser.actor(), action.id(), text, owner, dueDate);
                case TASK_IMPLEMENT -> actions.submitImplementation(currentUser.actor(), action.id(), text);
                default -> throw new IllegalStateException(key);
            }
        })) {
            Ui.info("corrective.stepSubmitted", Ui.text("task." + key));
            Redirect.to("/app/corrective/action.xhtml?id=" + action.id());
        }
    }

    @Override
    protected List<String> targets() {
        return List.of(reopenTarget);
    }

    public boolean isWorkStep() {
        return getTask() != null && List.of(TASK_CORRECTION, TASK_ROOT_CAUSE, TASK_ACTION_PLAN, TASK_IMPLEMENT)
                .contains(getTask().taskKey());
    }

    public boolean at(String taskKey) {
        return getTask() != null && taskKey.equals(getTask().taskKey());
    }

    public List<CorrectiveActions.Person> getOwners() {
        return actions.people(currentUser.actor());
    }

    public ActionView getAction() {
        return action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String[] getWhys() {
        return whys;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getReopenTarget() {
        return reopenTarget;
    }

    public void setReopenTarget(String reopenTarget) {
        this.reopenTarget = reopenTarget;
    }
}
