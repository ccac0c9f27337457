package jp.isms.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/**
 * One page of a simple list (one entity, no joins): counted and read by the database with the same
 * filters, sorted by a whitelisted attribute and then by id so pages never overlap.
 */
public final class CriteriaPages {

    private CriteriaPages() {
    }

    /**
     * @param sortable screen/API sort names mapped to entity attributes; the first entry is the default
     * @param filters  the predicates of the request's filters, built for any root
     */
    public static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, Map<String, String> sortable,
            String defaultSort, BiFunction<CriteriaBuilder, Root<T>, List<Predicate>> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters.apply(cb, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(filters.apply(cb, root).toArray(Predicate[]::new));
        String attribute = sortable.getOrDefault(request.sortField() == null ? defaultSort : request.sortField(),
                sortable.get(defaultSort));
        select.orderBy(ListFilters.pageOrder(cb, root.get(attribute), request.ascending(), root.get("id"),
                attribute.equals("id")));
        List<T> rows = em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }
}
