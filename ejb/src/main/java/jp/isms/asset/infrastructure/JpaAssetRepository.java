package jp.isms.asset.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetRepository;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.Classification;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaAssetRepository implements AssetRepository {

    /** Sortable fields by the names screens and the API use, mapped to the entity's attributes. */
    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("assetNo", "assetNo"),
            Map.entry("name", "name"),
            Map.entry("type", "type"),
            Map.entry("owner", "owner"),
            Map.entry("department", "departmentCode"),
            Map.entry("departmentCode", "departmentCode"),
            Map.entry("location", "location"),
            Map.entry("classification", "classification"),
            Map.entry("confidentiality", "confidentiality"),
            Map.entry("integrity", "integrity"),
            Map.entry("availability", "availability"),
            Map.entry("value", "assetValue"),
            Map.entry("assetValue", "assetValue"));

    /** Filters that match a part of the text, case-insensitively. */
    private static final Set<String> TEXT_FILTERS = Set.of("assetNo", "name", "owner", "location");

    /** Filters that must match exactly. */
    private static final Set<String> NUMBER_FILTERS = Set.of("confidentiality", "integrity", "availability");

    private static final int IN_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Asset> find(String assetNo) {
        return em.createQuery("select a from Asset a where a.assetNo = :no", Asset.class).setParameter("no", assetNo)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, Asset> findAll(Collection<String> assetNos) {
        Map<String, Asset> found = new HashMap<>();
        List<String> numbers = new ArrayList<>(assetNos);
        for (int from = 0; from < numbers.size(); from += IN_CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(from + IN_CHUNK, numbers.size()));
            em.createQuery("select a from Asset a where a.assetNo in :nos", Asset.class).setParameter("nos", chunk)
                    .getResultList().forEach(a -> found.put(a.getAssetNo(), a));
        }
        return found;
    }

    @Override
    public void add(Asset asset) {
        em.persist(asset);
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Asset a", Long.class).getSingleResult();
    }

    @Override
    public Page<Asset> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Asset> countRoot = count.from(Asset.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Asset> select = cb.createQuery(Asset.class);
        Root<Asset> root = select.from(Asset.class);
        select.select(root).where(filters(cb, root, request));
        String attribute = SORTABLE.getOrDefault(request.sortField() == null ? "assetNo" : request.sortField(),
                "assetNo");
        Expression<?> sort = root.get(attribute);
        select.orderBy(ListFilters.pageOrder(cb, sort, request.ascending(), root.get("assetNo"),
                attribute.equals("assetNo")));
        List<Asset> rows = em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void detachAll() {
        em.flush();
        em.clear();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Asset> root, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        for (String text : TEXT_FILTERS) {
            String value = request.filter(text);
            if (value != null) {
                where.add(ListFilters.contains(cb, root.get(text), value));
            }
        }
        String department = request.filter("department") != null ? request.filter("department")
                : request.filter("departmentCode");
        if (department != null) {
            where.add(cb.equal(cb.lower(root.get("departmentCode")), department.toLowerCase(Locale.ROOT)));
        }
        for (String number : NUMBER_FILTERS) {
            integer(request.filter(number)).ifPresent(v -> where.add(cb.equal(root.get(number), v)));
        }
        String value = request.filter("value") != null ? request.filter("value") : request.filter("assetValue");
        integer(value).ifPresent(v -> where.add(cb.equal(root.get("assetValue"), v)));
        ListFilters.code(request.filter("type"), AssetType.class).ifPresent(t -> where.add(cb.equal(root.get("type"), t)));
        ListFilters.code(request.filter("classification"), Classification.class)
                .ifPresent(c -> where.add(cb.equal(root.get("classification"), c)));
        return where.toArray(Predicate[]::new);
    }

    private static Optional<Integer> integer(String value) {
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }
}
