package jp.isms.risk.domain;

import java.time.LocalDate;
import java.util.List;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** Questions about the treatment of an assessment's risks that the database answers (counts, pages). */
public interface RiskTreatmentQueries {

    /** Risks per inherent (likelihood, impact) cell, grouped by the database. */
    List<HeatMap.CellCount> inherentCells(Long assessmentId);

    /** Risks per residual (likelihood, impact) cell, grouped by the database. */
    List<HeatMap.CellCount> residualCells(Long assessmentId);

    /**
     * The plan items of all risks of an assessment version. Sort: {@code dueDate} (default), {@code riskNo},
     * {@code owner}, {@code status}, {@code department}. Filters: {@code owner} (exact user name),
     * {@code status} ({@code OPEN}, {@code DONE}, or {@code OVERDUE}: open and due before today),
     * {@code department} (code), {@code riskNo} (part).
     */
    Page<TreatmentPlanItem> planItems(Long assessmentId, PageRequest request, LocalDate today);
}
