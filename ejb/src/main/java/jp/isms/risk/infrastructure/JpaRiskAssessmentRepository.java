package jp.isms.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.isms.risk.domain.AssessmentStatus;
import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.risk.domain.Treatment;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaRiskAssessmentRepository implements RiskAssessmentRepository {

    /** Sortable fields by the names screens and the API use; anything else sorts by risk number. */
    private static final Map<String, Function<Root<Risk>, Path<?>>> SORTABLE = Map.ofEntries(
            Map.entry("riskNo", r -> r.get("riskNo")),
            Map.entry("departmentName", r -> r.join("department", jakarta.persistence.criteria.JoinType.LEFT).get("name")),
            Map.entry("assetName", r -> r.get("assetName")),
            Map.entry("threat", r -> r.get("threat")),
            Map.entry("vulnerability", r -> r.get("vulnerability")),
            Map.entry("likelihood", r -> r.get("likelihood")),
            Map.entry("impact", r -> r.get("impact")),
            Map.entry("inherentScore", r -> r.get("inherentScore")),
            Map.entry("inherentLevel", r -> r.get("inherentScore")),
            Map.entry("treatment", r -> r.get("treatment")),
            Map.entry("residualScore", r -> r.get("residualScore")),
            Map.entry("residualLevel", r -> r.get("residualScore")));

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RiskAssessment> find(String businessKey, int version) {
        return em.createQuery("select a from RiskAssessment a where a.businessKey = :key and a.version = :version",
                RiskAssessment.class).setParameter("key", businessKey).setParameter("version", version)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<RiskAssessment> findById(Long id) {
        return Optional.ofNullable(em.find(RiskAssessment.class, id));
    }

    @Override
    public Optional<RiskAssessment> latest(String businessKey) {
        return em.createQuery("select a from RiskAssessment a where a.businessKey = :key order by a.version desc",
                RiskAssessment.class).setParameter("key", businessKey).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<RiskAssessment> current() {
        return em.createQuery("select a from RiskAssessment a order by a.businessKey desc, a.version desc",
                RiskAssessment.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<RiskAssessment> versions(String businessKey) {
        return em.createQuery("select a from RiskAssessment a where a.businessKey = :key order by a.version",
                RiskAssessment.class).setParameter("key", businessKey).getResultList();
    }

    @Override
    public Optional<RiskAssessment> approvedVersion(String businessKey) {
        return em.createQuery("select a from RiskAssessment a where a.businessKey = :key and a.status = :status",
                RiskAssessment.class).setParameter("key", businessKey).setParameter("status", AssessmentStatus.APPROVED)
                .getResultStream().findFirst();
    }

    @Override
    public void add(RiskAssessment assessment) {
        em.persist(assessment);
    }

    @Override
    public long countRisks(Long assessmentId) {
        return em.createQuery("select count(r) from Risk r where r.assessment.id = :id", Long.class)
                .setParameter("id", assessmentId).getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Page<Risk> risks(Long assessmentId, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Risk> countRoot = count.from(Risk.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, assessmentId, request));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Risk> select = cb.createQuery(Risk.class);
        Root<Risk> root = select.from(Risk.class);
        root.fetch("department", jakarta.persistence.criteria.JoinType.LEFT);
        select.select(root).where(filters(cb, root, assessmentId, request));
        String sortField = request.sortField() != null && SORTABLE.containsKey(request.sortField())
                ? request.sortField() : "riskNo";
        Path<?> sortPath = SORTABLE.get(sortField).apply(root);
        select.orderBy(ListFilters.pageOrder(cb, sortPath, request.ascending(), root.get("riskNo"),
                sortField.equals("riskNo")));
        List<Risk> rows = em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Risk> root, Long assessmentId, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("assessment").get("id"), assessmentId));
        for (String text : List.of("riskNo", "assetName", "threat", "vulnerability")) {
            String value = request.filter(text);
            if (value != null) {
                where.add(ListFilters.contains(cb, root.get(text), value));
            }
        }
        String department = request.filter("departmentName");
        if (department != null) {
            where.add(ListFilters.contains(cb, root.join("department", jakarta.persistence.criteria.JoinType.LEFT).get("name"), department));
        }
        ListFilters.code(request.filter("inherentLevel"), RiskLevel.class).ifPresent(l -> where.add(cb.equal(root.get("inherentLevel"), l)));
        ListFilters.code(request.filter("residualLevel"), RiskLevel.class).ifPresent(l -> where.add(cb.equal(root.get("residualLevel"), l)));
        ListFilters.code(request.filter("treatment"), Treatment.class).ifPresent(t -> where.add(cb.equal(root.get("treatment"), t)));
        // a heat map cell: exact likelihood and impact, inherent or residual
        for (String cell : List.of("likelihood", "impact", "residualLikelihood", "residualImpact")) {
            String value = request.filter(cell);
            if (value != null && value.matches("[1-9]")) {
                where.add(cb.equal(root.get(cell), Integer.parseInt(value)));
            }
        }
        return where.toArray(Predicate[]::new);
    }
}
