package jp.isms.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.isms.risk.domain.HeatMap;
import jp.isms.risk.domain.PlanItemStatus;
import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.risk.domain.RiskTreatmentQueries;
import jp.isms.risk.domain.TreatmentPlanItem;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaRiskTreatmentQueries implements RiskTreatmentQueries {

    private static final Map<String, Function<Root<TreatmentPlanItem>, Path<?>>> SORTABLE = Map.of(
            "dueDate", i -> i.get("dueDate"),
            "riskNo", i -> i.get("risk").get("riskNo"),
            "owner", i -> i.get("ownerUsername"),
            "status", i -> i.get("status"),
            "department", i -> i.join("risk").join("department", JoinType.LEFT).get("code"));

    @PersistenceContext
    EntityManager em;

    @Override
    public List<HeatMap.CellCount> inherentCells(Long assessmentId) {
        return cells("r.likelihood", "r.impact", "r.inherentLevel", assessmentId);
    }

    @Override
    public List<HeatMap.CellCount> residualCells(Long assessmentId) {
        return cells("r.residualLikelihood", "r.residualImpact", "r.residualLevel", assessmentId);
    }

    /** The fields are constants of this class, never input. */
    private List<HeatMap.CellCount> cells(String likelihood, String impact, String level, Long assessmentId) {
        return em.createQuery("select " + likelihood + ", " + impact + ", " + level + ", count(r) from Risk r "
                + "where r.assessment.id = :id group by " + likelihood + ", " + impact + ", " + level, Object[].class)
                .setParameter("id", assessmentId).getResultList().stream()
                .map(row -> new HeatMap.CellCount(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                        (RiskLevel) row[2], ((Number) row[3]).longValue()))
                .toList();
    }

    @Override
    public Page<TreatmentPlanItem> planItems(Long assessmentId, PageRequest request, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<TreatmentPlanItem> countRoot = count.from(TreatmentPlanItem.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, assessmentId, request, today));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<TreatmentPlanItem> select = cb.createQuery(TreatmentPlanItem.class);
        Root<TreatmentPlanItem> root = select.from(TreatmentPlanItem.class);
        Fetch<TreatmentPlanItem, Risk> risk = root.fetch("risk");
        risk.fetch("department", JoinType.LEFT);
        String sort = SORTABLE.containsKey(request.sortField()) ? request.sortField() : "dueDate";
        Path<?> sortPath = SORTABLE.get(sort).apply(root);
        select.select(root).where(filters(cb, root, assessmentId, request, today)).orderBy(request.ascending()
                ? List.of(cb.asc(sortPath), cb.asc(root.get("id"))) : List.of(cb.desc(sortPath), cb.asc(root.get("id"))));
        List<TreatmentPlanItem> rows = em.createQuery(select).setFirstResult(request.first())
                .setMaxResults(request.size()).getResultList();
        return new Page<>(rows, total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<TreatmentPlanItem> root, Long assessmentId,
            PageRequest request, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("risk").get("assessment").get("id"), assessmentId));
        String owner = request.filter("owner");
        if (owner != null) {
            where.add(cb.equal(root.get("ownerUsername"), owner));
        }
        String status = request.filter("status");
        if (status != null && status.toUpperCase(Locale.ROOT).equals("OVERDUE")) {
            where.add(cb.equal(root.get("status"), PlanItemStatus.OPEN));
            where.add(cb.lessThan(root.get("dueDate"), today));
        } else {
            ListFilters.code(status, PlanItemStatus.class).ifPresent(s -> where.add(cb.equal(root.get("status"), s)));
        }
        String department = request.filter("department");
        if (department != null) {
            where.add(cb.equal(root.get("risk").get("department").get("code"), department));
        }
        String riskNo = request.filter("riskNo");
        if (riskNo != null) {
            where.add(ListFilters.contains(cb, root.get("risk").get("riskNo"), riskNo));
        }
        return where.toArray(Predicate[]::new);
    }
}
