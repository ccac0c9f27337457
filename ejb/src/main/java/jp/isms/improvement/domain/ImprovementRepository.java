package jp.isms.improvement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Improvement items, ordered by number. */
public interface ImprovementRepository {

    Optional<ImprovementItem> findByItemNo(String itemNo);

    List<ImprovementItem> all();

    long count();

    /** Items whose target date lies within the dates (inclusive). */
    List<ImprovementItem> targetBetween(LocalDate from, LocalDate to);

    void add(ImprovementItem item);

    void flush();
}
