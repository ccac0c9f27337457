package jp.isms.corrective.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** Corrective actions; the register's page is filtered and sorted by the database. */
public interface CorrectiveActionRepository {

    Optional<CorrectiveAction> findById(long id);

    Optional<CorrectiveAction> findByActionNo(String actionNo);

    /** How many action numbers were already given with that prefix (e.g. {@code CA-2026-}). */
    long countWithPrefix(String prefix);

    /** How many nonconformities have a source reference with that prefix (e.g. {@code INC-2026-}). */
    long countSourceReferences(String prefix);

    void add(CorrectiveAction action);

    void flush();

    /**
     * Filters: {@code state} (a state, or {@code OPEN} for all but closed), {@code source}, {@code grade},
     * {@code department} (code), {@code audit} (source reference prefix), {@code owner} (part of), {@code overdue}
     * ({@code true}: open and past its due date on {@code today}).
     */
    Page<CorrectiveAction> page(PageRequest request, LocalDate today);

    /** Every action raised or still open since {@code since}, for summaries (a company has at most hundreds). */
    List<CorrectiveAction> raisedOrOpenSince(LocalDate since);

    /** Open actions due between the two days, both inclusive. */
    List<CorrectiveAction> openDueBetween(LocalDate from, LocalDate to);

    List<CorrectiveAction> closed();
}
