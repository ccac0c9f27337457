package jp.isms.review.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Management reviews (a handful per year) and their output actions. */
public interface ReviewRepository {

    Optional<ManagementReview> findById(Long id);

    Optional<ManagementReview> findByReviewNo(String reviewNo);

    /** Every review, newest first. */
    List<ManagementReview> all();

    /** How many reviews were scheduled in a year (for the next number, {@code MR-2026-02}). */
    long countInYear(int year);

    /** The signed review signed most recently, if any. */
    Optional<ManagementReview> latestSigned();

    Optional<ReviewAction> findAction(String actionKey);

    /** Output actions of signed reviews other than {@code excludedReviewId}, by due date. */
    List<ReviewAction> signedActions(Long excludedReviewId);

    /** Output actions due within the dates (inclusive). */
    List<ReviewAction> actionsDue(LocalDate from, LocalDate to);

    List<ManagementReview> scheduledBetween(LocalDate from, LocalDate to);

    void add(ManagementReview review);

    void flush();
}
