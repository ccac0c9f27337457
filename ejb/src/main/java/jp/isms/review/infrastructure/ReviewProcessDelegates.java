package jp.isms.review.infrastructure;

import static jp.isms.processes.ManagementReview.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.isms.review.application.ReviewService;
import jp.isms.review.application.ReviewSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The service tasks and the action listener of {@code management-review}: each reads ids and calls the service. */
@ApplicationScoped
public class ReviewProcessDelegates {

    @Inject
    ReviewService reviews;

    @Produces
    @Named(DELEGATE_SIGN)
    JavaDelegate sign() {
        return execution -> reviews.sign(id(execution), (String) execution.getVariable(ReviewSteps.VAR_DECIDED_BY));
    }

    @Produces
    @Named(DELEGATE_RETURN)
    JavaDelegate returnMinutes() {
        return execution -> reviews.returnMinutes(id(execution), (String) execution.getVariable(ReviewSteps.VAR_DECIDED_BY),
                (String) execution.getVariable(ReviewSteps.VAR_RETURN_COMMENT));
    }

    /** The owner completed the action's task: the action is done (the next review reports it). */
    @Produces
    @Named(DELEGATE_ACTION_DONE)
    TaskListener actionDone() {
        return task -> reviews.completeAction((String) task.getVariable(VAR_ACTION_KEY),
                task.getAssignee() != null ? task.getAssignee() : (String) task.getVariable(ReviewSteps.VAR_DECIDED_BY));
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_REVIEW_ID)).longValue();
    }

    /** The bean the process asks for the signed minutes' actions and their owners. */
    @Named(BEAN_ACTIONS)
    @ApplicationScoped
    public static class Actions {

        @Inject
        ReviewService reviews;

        public List<String> keysOf(Object reviewId) {
            return reviews.actionKeys(((Number) reviewId).longValue());
        }

        public String ownerOf(String actionKey) {
            return reviews.actionOwner(actionKey);
        }
    }
}
