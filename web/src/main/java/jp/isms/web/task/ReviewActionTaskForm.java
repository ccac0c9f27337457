package jp.isms.web.task;

import static jp.isms.processes.ManagementReview.VAR_ACTION_KEY;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.review.application.ReviewService;
import jp.isms.review.application.ReviewView;
import jp.isms.workflow.application.TaskActions;

/** The task of an output action's owner: what was decided, by when; reporting it done completes the action. */
@Named
@ViewScoped
public class ReviewActionTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    private ReviewView.Action action;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        action = reviews.action(currentUser.actor(), (String) task.variables().get(VAR_ACTION_KEY));
    }

    public ReviewView.Action getAction() {
        return action;
    }
}
