package jp.isms.corrective.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.corrective.domain.ActionState;
import jp.isms.corrective.domain.CorrectiveAction;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformitySource;
import jp.isms.shared.infrastructure.CriteriaPages;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaCorrectiveActionRepository implements CorrectiveActionRepository {

    /** The register's sort names and the attributes behind them; age sorts by the day it was raised. */
    static final Map<String, String> SORTABLE = Map.ofEntries(Map.entry("actionNo", "actionNo"),
            Map.entry("raisedOn", "raisedOn"), Map.entry("age", "raisedOn"), Map.entry("state", "state"),
            Map.entry("source", "source"), Map.entry("sourceReference", "sourceReference"),
            Map.entry("grade", "grade"), Map.entry("department", "departmentCode"),
            Map.entry("departmentCode", "departmentCode"), Map.entry("owner", "owner"),
            Map.entry("dueDate", "dueDate"));

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<CorrectiveAction> findById(long id) {
        return Optional.ofNullable(em.find(CorrectiveAction.class, id));
    }

    @Override
    public Optional<CorrectiveAction> findByActionNo(String actionNo) {
        return em.createQuery("select a from CorrectiveAction a where a.actionNo = :no", CorrectiveAction.class)
                .setParameter("no", actionNo).getResultStream().findFirst();
    }

    @Override
    public long countWithPrefix(String prefix) {
        return em.createQuery("select count(a) from CorrectiveAction a where a.actionNo like :p", Long.class)
                .setParameter("p", prefix + "%").getSingleResult();
    }

    @Override
    public long countSourceReferences(String prefix) {
        return em.createQuery("select count(a) from CorrectiveAction a where a.sourceReference like :p", Long.class)
                .setParameter("p", prefix + "%").getSingleResult();
    }

    @Override
    public void add(CorrectiveAction action) {
        em.persist(action);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Page<CorrectiveAction> page(PageRequest request, LocalDate today) {
        return CriteriaPages.page(em, CorrectiveAction.class, request, SORTABLE, "raisedOn",
                (cb, root) -> filters(cb, root, request, today));
    }

    static List<Predicate> filters(CriteriaBuilder cb, Root<CorrectiveAction> root, PageRequest request, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        String state = request.filter("state");
        if ("OPEN".equalsIgnoreCase(state)) {
            where.add(cb.notEqual(root.get("state"), ActionState.CLOSED));
        } else {
            ListFilters.code(state, ActionState.class).ifPresent(s -> where.add(cb.equal(root.get("state"), s)));
        }
        ListFilters.code(request.filter("source"), NonconformitySource.class)
                .ifPresent(s -> where.add(cb.equal(root.get("source"), s)));
        ListFilters.code(request.filter("grade"), NonconformityGrade.class)
                .ifPresent(g -> where.add(cb.equal(root.get("grade"), g)));
        String department = request.filter("department") != null ? request.filter("department")
                : request.filter("departmentCode");
        if (department != null) {
            where.add(cb.equal(root.get("departmentCode"), department));
        }
        String audit = request.filter("audit") != null ? request.filter("audit") : request.filter("sourceReference");
        if (audit != null) {
            // a prefix: IA-2026-1 lists that audit's findings IA-2026-1 / 1, / 2 ...
            where.add(ListFilters.startsWith(cb, root.get("sourceReference"), audit));
        }
        String owner = request.filter("owner");
        if (owner != null) {
            where.add(ListFilters.contains(cb, root.get("owner"), owner));
        }
        String actionNo = request.filter("actionNo");
        if (actionNo != null) {
            where.add(ListFilters.contains(cb, root.get("actionNo"), actionNo));
        }
        if ("true".equalsIgnoreCase(request.filter("overdue"))) {
            where.add(cb.notEqual(root.get("state"), ActionState.CLOSED));
            where.add(cb.lessThan(root.get("dueDate"), today));
        }
        return where;
    }

    @Override
    public List<CorrectiveAction> raisedOrOpenSince(LocalDate since) {
        return em.createQuery("select a from CorrectiveAction a where a.raisedOn >= :since or a.state <> :closed"
                + " or a.closedOn >= :since order by a.actionNo", CorrectiveAction.class).setParameter("since", since)
                .setParameter("closed", ActionState.CLOSED).getResultList();
    }

    @Override
    public List<CorrectiveAction> openDueBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select a from CorrectiveAction a where a.state <> :closed and a.dueDate between :from and :to"
                + " order by a.dueDate, a.actionNo", CorrectiveAction.class).setParameter("closed", ActionState.CLOSED)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<CorrectiveAction> closed() {
        return em.createQuery("select a from CorrectiveAction a where a.state = :closed order by a.actionNo",
                CorrectiveAction.class).setParameter("closed", ActionState.CLOSED).getResultList();
    }
}
