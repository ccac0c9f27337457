package jp.isms.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.review.domain.ActionStatus;
import jp.isms.review.domain.ReviewRepository;
import jp.isms.shared.application.Messages;

/**
 * a) of 9.3.2: every output action of earlier signed reviews with its owner, due date and status — done when its
 * owner completed the task, overdue when still open past its date. A draft is never signed yet, so the review
 * being compiled does not report on itself.
 */
@ApplicationScoped
public class PreviousActionsInput implements ReviewInputSource {

    @Inject
    ReviewRepository reviews;

    @Override
    public ReviewInput input() {
        return ReviewInput.PREVIOUS_ACTIONS;
    }

    @Override
    public List<String> summarise(LocalDate since, Locale locale) {
        LocalDate today = ReviewService.today();
        return reviews.signedActions(null).stream().map(a -> Messages.get(locale, "review.source.action",
                a.getActionKey(), a.getDescription(), a.getOwner(), a.getDueDate(),
                Messages.get(locale, a.getStatus() == ActionStatus.DONE ? "review.action.status.DONE"
                        : a.overdueOn(today) ? "review.action.overdue" : "review.action.status.OPEN"))).toList();
    }
}
