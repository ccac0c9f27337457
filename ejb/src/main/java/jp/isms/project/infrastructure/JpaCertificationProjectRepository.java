package jp.isms.project.infrastructure;

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
import jp.isms.project.domain.CertificationProject;
import jp.isms.project.domain.CertificationProjectRepository;
import jp.isms.project.domain.ProjectStatus;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaCertificationProjectRepository implements CertificationProjectRepository {

    /** Sortable fields by the names screens and the API use; anything else sorts by key. */
    private static final Map<String, Function<Root<CertificationProject>, Path<?>>> SORTABLE = Map.of(
            "key", r -> r.get("projectKey"),
            "name", r -> r.get("name"),
            "kickoff", r -> r.get("kickoff"),
            "targetDate", r -> r.get("targetCertificationDate"),
            "status", r -> r.get("status"));

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<CertificationProject> findById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(CertificationProject.class, id));
    }

    @Override
    public Optional<CertificationProject> findByKey(String projectKey) {
        return em.createQuery("select p from CertificationProject p where p.projectKey = :key", CertificationProject.class)
                .setParameter("key", projectKey).getResultStream().findFirst();
    }

    @Override
    public Optional<CertificationProject> latest() {
        return em.createQuery("select p from CertificationProject p order by p.createdAt desc, p.id desc",
                CertificationProject.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public int highestNumber(int year) {
        String prefix = CertificationProject.KEY_PREFIX + year + "-";
        return em.createQuery("select p.projectKey from CertificationProject p where p.projectKey like :prefix",
                String.class).setParameter("prefix", prefix + "%").getResultStream()
                .mapToInt(k -> Integer.parseInt(k.substring(prefix.length()))).max().orElse(0);
    }

    @Override
    public Page<CertificationProject> list(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CertificationProject> countRoot = count.from(CertificationProject.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<CertificationProject> select = cb.createQuery(CertificationProject.class);
        Root<CertificationProject> root = select.from(CertificationProject.class);
        String sort = SORTABLE.containsKey(request.sortField()) ? request.sortField() : "key";
        select.select(root).where(filters(cb, root, request)).orderBy(ListFilters.pageOrder(cb,
                SORTABLE.get(sort).apply(root), request.ascending(), root.get("projectKey"), sort.equals("key")));
        return new Page<>(em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList(), total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<CertificationProject> root, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        String name = request.filter("name");
        if (name != null) {
            where.add(ListFilters.contains(cb, root.get("name"), name));
        }
        ListFilters.code(request.filter("status"), ProjectStatus.class)
                .ifPresent(s -> where.add(cb.equal(root.get("status"), s)));
        return where.toArray(Predicate[]::new);
    }

    @Override
    public void add(CertificationProject project) {
        em.persist(project);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
