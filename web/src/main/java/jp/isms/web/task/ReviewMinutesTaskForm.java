package jp.isms.web.task;

import static jp.isms.processes.ManagementReview.VAR_REVIEW_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.review.application.ReviewMinutes;
import jp.isms.review.application.ReviewService;
import jp.isms.review.application.ReviewView;
import jp.isms.web.faces.Download;
import jp.isms.workflow.application.TaskActions;
import org.primefaces.model.StreamedContent;

/** The form of {@code management-review}'s sign-off: the minutes as submitted, to sign or return. */
@Named
@ViewScoped
public class ReviewMinutesTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    ReviewMinutes minutes;

    private ReviewView review;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        review = reviews.viewById(currentUser.actor(), ((Number) task.variables().get(VAR_REVIEW_ID)).longValue());
    }

    public StreamedContent getPdf() {
        return Download.of(minutes.pdf(currentUser.actor(), review.reviewNo()), Download.PDF,
                ReviewMinutes.fileName(review.reviewNo()));
    }

    public ReviewView getReview() {
        return review;
    }
}
