package jp.isms.rule.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.isms.rule.domain.InternalRule;
import jp.isms.rule.domain.RequirementKind;
import jp.isms.rule.domain.RequirementMapping;
import jp.isms.rule.domain.RuleRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaRuleRepository implements RuleRepository {

    private static final Map<String, String> SORTABLE = Map.of("ruleNo", "ruleNo", "title", "title",
            "ownerDepartment", "ownerDepartment", "revision", "revision", "effectiveOn", "effectiveOn");

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<InternalRule> find(String ruleNo) {
        if (ruleNo == null) {
            return Optional.empty();
        }
        return em.createQuery("select r from InternalRule r where r.ruleNo = :no", InternalRule.class)
                .setParameter("no", ruleNo.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Page<InternalRule> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<InternalRule> countRoot = count.from(InternalRule.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<InternalRule> select = cb.createQuery(InternalRule.class);
        Root<InternalRule> root = select.from(InternalRule.class);
        String attribute = SORTABLE.getOrDefault(request.sortField() == null ? "ruleNo" : request.sortField(), "ruleNo");
        select.select(root).where(filters(cb, root, request)).orderBy(ListFilters.pageOrder(cb, root.get(attribute),
                request.ascending(), root.get("ruleNo"), attribute.equals("ruleNo")));
        return new Page<>(em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList(), total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<InternalRule> root, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        for (String text : List.of("ruleNo", "title", "ownerDepartment")) {
            String value = request.filter(text);
            if (value != null) {
                where.add(ListFilters.contains(cb, root.get(text), value));
            }
        }
        if (!"true".equalsIgnoreCase(request.filter("includeRetired"))) {
            where.add(cb.isFalse(root.get("retired")));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public void add(InternalRule rule) {
        em.persist(rule);
    }

    @Override
    public Optional<RequirementMapping> mapping(long id) {
        return Optional.ofNullable(em.find(RequirementMapping.class, id));
    }

    @Override
    public Optional<RequirementMapping> mapping(RequirementKind kind, String requirementId, String ruleNo) {
        return em.createQuery("select m from RequirementMapping m where m.kind = :kind and m.requirementId = :req"
                + " and m.rule.ruleNo = :no", RequirementMapping.class).setParameter("kind", kind)
                .setParameter("req", requirementId).setParameter("no", ruleNo).getResultStream().findFirst();
    }

    @Override
    public List<RequirementMapping> mappings(RequirementKind kind) {
        return em.createQuery("select m from RequirementMapping m join fetch m.rule where m.kind = :kind"
                + " order by m.requirementId, m.rule.ruleNo", RequirementMapping.class).setParameter("kind", kind)
                .getResultList();
    }

    @Override
    public List<RequirementMapping> mappings(RequirementKind kind, String requirementId) {
        return em.createQuery("select m from RequirementMapping m join fetch m.rule where m.kind = :kind"
                + " and m.requirementId = :req order by m.rule.ruleNo", RequirementMapping.class)
                .setParameter("kind", kind).setParameter("req", requirementId).getResultList();
    }

    @Override
    public List<RequirementMapping> mappingsOf(String ruleNo) {
        return em.createQuery("select m from RequirementMapping m join fetch m.rule where m.rule.ruleNo = :no"
                + " order by m.kind, m.requirementId", RequirementMapping.class).setParameter("no", ruleNo)
                .getResultList();
    }

    @Override
    public void add(RequirementMapping mapping) {
        em.persist(mapping);
    }

    @Override
    public void remove(RequirementMapping mapping) {
        em.remove(mapping);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
