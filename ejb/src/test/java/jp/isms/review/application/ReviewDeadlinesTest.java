package jp.isms.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.organisation.domain.Company;
import jp.isms.review.domain.Attendee;
import jp.isms.review.domain.ManagementReview;
import jp.isms.review.domain.ReviewAction;
import jp.isms.review.domain.ReviewRepository;
import jp.isms.shared.application.Deadline;
import org.junit.jupiter.api.Test;

class ReviewDeadlinesTest {

    /** Holds one review; every query answers from it. */
    record OneReview(ManagementReview review) implements ReviewRepository {
        public Optional<ManagementReview> findById(Long id) {
            return Optional.of(review);
        }

        public Optional<ManagementReview> findByReviewNo(String reviewNo) {
            return Optional.of(review);
        }

        public List<ManagementReview> all() {
            return List.of(review);
        }

        public long countInYear(int year) {
            return 1;
        }

        public Optional<ManagementReview> latestSigned() {
            return Optional.empty();
        }

        public Optional<ReviewAction> findAction(String actionKey) {
            return review.getActions().stream().filter(a -> a.getActionKey().equals(actionKey)).findFirst();
        }

        public List<ReviewAction> signedActions(Long excludedReviewId) {
            return review.getActions();
        }

        public List<ReviewAction> actionsDue(LocalDate from, LocalDate to) {
            return review.getActions();
        }

        public List<ManagementReview> scheduledBetween(LocalDate from, LocalDate to) {
            return List.of(review);
        }

        public void add(ManagementReview r) {
        }

        public void flush() {
        }
    }

    @Test
    void theMeetingAndEachOutputActionAreDeadlines_anOpenActionPastItsDateIsOverdue() {
        LocalDate today = ReviewService.today();
        ManagementReview review = new ManagementReview(new Company("c", "c"), "MR-2026-01", new ManagementReview.Schedule(
                today.minusDays(30), "本社", today.minusYears(1), today.minusDays(31)));
        review.recordMeeting(today.minusDays(30), List.of(new Attendee("山田 太郎", "代表取締役")), null, List.of(
                new ManagementReview.ActionLine("教育計画の見直し", "hrhead", today.minusDays(1)),
                new ManagementReview.ActionLine("棚卸し", "depthead", today.plusDays(30))));
        review.submit("office");
        review.sign("top");
        ReviewDeadlines deadlines = new ReviewDeadlines();
        deadlines.reviews = new OneReview(review);

        List<Deadline> all = deadlines.deadlines(today.minusYears(1), today.plusYears(1), Locale.JAPANESE);

        assertThat(all).extracting(Deadline::kind).containsExactly("MANAGEMENT_REVIEW", "REVIEW_ACTION", "REVIEW_ACTION");
        assertThat(all.get(0).done()).isTrue();
        assertThat(all.get(0).uid()).isEqualTo("management-review-MR-2026-01");
        assertThat(all.get(0).link()).isEqualTo("/app/review/review.xhtml?no=MR-2026-01");
        assertThat(all.get(1).overdue()).isTrue();
        assertThat(all.get(1).title()).contains("MR-2026-01-A1", "教育計画の見直し");
        assertThat(all.get(2).overdue()).isFalse();
    }
}
