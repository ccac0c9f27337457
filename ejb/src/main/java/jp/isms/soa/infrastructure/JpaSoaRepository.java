package jp.isms.soa.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.isms.control.domain.ControlTheme;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;
import jp.isms.soa.domain.ImplementationStatus;
import jp.isms.soa.domain.SoaEntry;
import jp.isms.soa.domain.SoaRepository;
import jp.isms.soa.domain.SoaStatus;
import jp.isms.soa.domain.StatementOfApplicability;

@ApplicationScoped
public class JpaSoaRepository implements SoaRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<StatementOfApplicability> findById(Long id) {
        return Optional.ofNullable(em.find(StatementOfApplicability.class, id));
    }

    @Override
    public Optional<StatementOfApplicability> find(int version) {
        return em.createQuery("select s from StatementOfApplicability s where s.version = :version",
                StatementOfApplicability.class).setParameter("version", version).getResultStream().findFirst();
    }

    @Override
    public Optional<StatementOfApplicability> latest() {
        return em.createQuery("select s from StatementOfApplicability s order by s.version desc",
                StatementOfApplicability.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<StatementOfApplicability> approved() {
        return em.createQuery("select s from StatementOfApplicability s where s.status = :status",
                StatementOfApplicability.class).setParameter("status", SoaStatus.APPROVED).getResultStream()
                .findFirst();
    }

    @Override
    public List<Integer> versions() {
        return em.createQuery("select s.version from StatementOfApplicability s order by s.version", Integer.class)
                .getResultList();
    }

    @Override
    public void add(StatementOfApplicability soa) {
        em.persist(soa);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Page<SoaEntry> entries(Long soaId, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<SoaEntry> countRoot = count.from(SoaEntry.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, soaId, request));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<SoaEntry> select = cb.createQuery(SoaEntry.class);
        Root<SoaEntry> root = select.from(SoaEntry.class);
        select.select(root).where(filters(cb, root, soaId, request));
        // the catalogue's order (5.2 before 5.10) is the only order that reads well; "controlId" sorts by it too
        select.orderBy(request.ascending() ? cb.asc(root.get("position")) : cb.desc(root.get("position")));
        List<SoaEntry> rows = em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<SoaEntry> root, Long soaId, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("soa").get("id"), soaId));
        ControlTheme.ofCode(request.filter("theme"))
                .ifPresent(t -> where.add(cb.like(root.get("controlId"), t.clause() + ".%")));
        String applicable = request.filter("applicable");
        if ("true".equalsIgnoreCase(applicable) || "false".equalsIgnoreCase(applicable)) {
            where.add(cb.equal(root.get("applicable"), Boolean.parseBoolean(applicable)));
        }
        ListFilters.code(request.filter("status"), ImplementationStatus.class)
                .ifPresent(s -> where.add(cb.equal(root.get("status"), s)));
        String control = request.filter("control");
        if (control != null) {
            where.add(ListFilters.contains(cb, root.get("controlId"), control));
        }
        return where.toArray(Predicate[]::new);
    }
}
