package jp.isms.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.isms.risk.domain.ProposalStatus;
import jp.isms.risk.domain.RiskProposal;
import jp.isms.risk.domain.RiskProposalRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaRiskProposalRepository implements RiskProposalRepository {

    /** An import of 50,000 assets proposes hundreds of thousands: written and forgotten in chunks. */
    private static final int CHUNK = 500;
    private static final Set<String> SORTABLE = Set.of("assetNo", "assetName", "departmentCode", "entryCode",
            "status", "createdAt");

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RiskProposal> find(long id) {
        return Optional.ofNullable(em.find(RiskProposal.class, id));
    }

    @Override
    public void addAll(Collection<RiskProposal> proposals) {
        List<RiskProposal> chunk = new ArrayList<>(CHUNK);
        for (RiskProposal proposal : proposals) {
            em.persist(proposal);
            chunk.add(proposal);
            if (chunk.size() == CHUNK) {
                release(chunk);
            }
        }
        release(chunk);
    }

    private void release(List<RiskProposal> chunk) {
        em.flush();
        chunk.forEach(em::detach);
        chunk.clear();
    }

    @Override
    public Page<RiskProposal> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<RiskProposal> countRoot = count.from(RiskProposal.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<RiskProposal> select = cb.createQuery(RiskProposal.class);
        Root<RiskProposal> root = select.from(RiskProposal.class);
        String sort = SORTABLE.contains(request.sortField()) ? request.sortField() : "assetNo";
        select.select(root).where(filters(cb, root, request)).orderBy(request.ascending()
                ? List.of(cb.asc(root.get(sort)), cb.asc(root.get("entryCode")), cb.asc(root.get("id")))
                : List.of(cb.desc(root.get(sort)), cb.asc(root.get("entryCode")), cb.asc(root.get("id"))));
        List<RiskProposal> rows = em.createQuery(select).setFirstResult(request.first())
                .setMaxResults(request.size()).getResultList();
        return new Page<>(rows, total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<RiskProposal> root, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        ListFilters.code(request.filter("status"), ProposalStatus.class)
                .ifPresent(s -> where.add(cb.equal(root.get("status"), s)));
        String department = request.filter("department");
        if (department != null) {
            where.add(cb.equal(root.get("departmentCode"), department));
        }
        for (String text : List.of("assetNo", "assetName")) {
            String value = request.filter(text);
            if (value != null) {
                where.add(ListFilters.contains(cb, root.get(text), value));
            }
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public void followAsset(Long assetId, String name, String departmentCode) {
        em.createQuery("update RiskProposal p set p.assetName = :name, p.departmentCode = :department "
                + "where p.assetId = :asset and p.status = :pending").setParameter("name", name)
                .setParameter("department", departmentCode).setParameter("asset", assetId)
                .setParameter("pending", ProposalStatus.PENDING).executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
