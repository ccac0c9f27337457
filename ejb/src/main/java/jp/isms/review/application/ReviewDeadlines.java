package jp.isms.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.review.domain.ActionStatus;
import jp.isms.review.domain.ReviewRepository;
import jp.isms.review.domain.ReviewStatus;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;

/**
 * The scheduled review meetings (kind {@code MANAGEMENT_REVIEW}, done once the minutes are signed) and the due
 * dates of their output actions (kind {@code REVIEW_ACTION}).
 */
@ApplicationScoped
public class ReviewDeadlines implements DeadlineSource {

    @Inject
    ReviewRepository reviews;

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = ReviewService.today();
        List<Deadline> all = new ArrayList<>();
        reviews.scheduledBetween(from, to).forEach(r -> all.add(new Deadline(r.getScheduledDate(), "MANAGEMENT_REVIEW",
                "management-review-" + r.getReviewNo(), Messages.get(locale, "review.deadline.meeting", r.getReviewNo(),
                        r.getPlace()), link(r.getReviewNo()), null, r.getStatus() == ReviewStatus.SIGNED,
                r.getStatus() != ReviewStatus.SIGNED && r.getScheduledDate().isBefore(today))));
        reviews.actionsDue(from, to).forEach(a -> all.add(new Deadline(a.getDueDate(), "REVIEW_ACTION",
                "review-action-" + a.getActionKey(), Messages.get(locale, "review.deadline.action", a.getActionKey(),
                        a.getDescription()), link(a.getReview().getReviewNo()), null, a.getStatus() == ActionStatus.DONE,
                a.overdueOn(today))));
        return all;
    }

    private static String link(String reviewNo) {
        return "/app/review/review.xhtml?no=" + reviewNo;
    }
}
