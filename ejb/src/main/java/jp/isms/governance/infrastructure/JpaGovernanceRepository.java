package jp.isms.governance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.governance.domain.ContextIssue;
import jp.isms.governance.domain.GovernanceRepository;
import jp.isms.governance.domain.InterestedParty;
import jp.isms.governance.domain.IssueKind;
import jp.isms.governance.domain.ObjectiveStatus;
import jp.isms.governance.domain.SecurityObjective;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.infrastructure.CriteriaPages;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaGovernanceRepository implements GovernanceRepository {

    private static final Map<String, String> ISSUE_SORT = Map.of("id", "id", "text", "text", "kind", "kind",
            "category", "category", "department", "departmentCode", "lastReviewed", "lastReviewed");
    private static final Map<String, String> PARTY_SORT = Map.of("id", "id", "name", "name");
    private static final Map<String, String> OBJECTIVE_SORT = Map.of("id", "id", "objective", "objective",
            "owner", "owner", "dueDate", "dueDate", "status", "status", "achievement", "achievement");

    @PersistenceContext
    EntityManager em;

    @Override
    public Page<ContextIssue> issues(PageRequest request) {
        return CriteriaPages.page(em, ContextIssue.class, request, ISSUE_SORT, "id", (cb, root) -> {
            List<Predicate> where = new ArrayList<>();
            for (String text : List.of("text", "category", "impact")) {
                if (request.filter(text) != null) {
                    where.add(ListFilters.contains(cb, root.get(text), request.filter(text)));
                }
            }
            if (request.filter("department") != null) {
                where.add(ListFilters.contains(cb, root.get("departmentCode"), request.filter("department")));
            }
            ListFilters.code(request.filter("kind"), IssueKind.class).ifPresent(k -> where.add(cb.equal(root.get("kind"), k)));
            return where;
        });
    }

    @Override
    public Page<InterestedParty> parties(PageRequest request) {
        return CriteriaPages.page(em, InterestedParty.class, request, PARTY_SORT, "id", (cb, root) -> {
            List<Predicate> where = new ArrayList<>();
            for (String text : List.of("name", "requirements", "howAddressed")) {
                if (request.filter(text) != null) {
                    where.add(ListFilters.contains(cb, root.get(text), request.filter(text)));
                }
            }
            return where;
        });
    }

    @Override
    public Page<SecurityObjective> objectives(PageRequest request, LocalDate today) {
        return CriteriaPages.page(em, SecurityObjective.class, request, OBJECTIVE_SORT, "dueDate", (cb, root) -> {
            List<Predicate> where = new ArrayList<>();
            for (String text : List.of("objective", "owner")) {
                if (request.filter(text) != null) {
                    where.add(ListFilters.contains(cb, root.get(text), request.filter(text)));
                }
            }
            ListFilters.code(request.filter("status"), ObjectiveStatus.class)
                    .ifPresent(s -> where.add(cb.equal(root.get("status"), s)));
            if ("true".equalsIgnoreCase(request.filter("overdue"))) {
                where.add(cb.lessThan(root.get("dueDate"), today));
                where.add(root.get("status").in(ObjectiveStatus.PLANNED, ObjectiveStatus.IN_PROGRESS));
            }
            return where;
        });
    }

    @Override
    public <T extends Identified> Optional<T> find(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    @Override
    public void add(Identified entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
