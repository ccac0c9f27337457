package jp.isms.review.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A context that contributes to the draft of a management review from the data it holds. Each is a CDI bean in
 * the context that owns the data (internal audit, corrective action, objectives...); the management review
 * collects every bean there is and groups their lines by {@link #input()}.
 */
public interface ReviewInputSource {

    ReviewInput input();

    /** Where the source stands among the sources of the same input: lower first. */
    default int order() {
        return 0;
    }

    /** The lines of the draft (already localized) about what happened since {@code since} (inclusive). */
    List<String> summarise(LocalDate since, Locale locale);
}
