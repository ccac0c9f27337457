package jp.isms.risk.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import jp.isms.shared.domain.Identified;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
public class JpaRiskProposalRepository implements RiskProposalRepository {

    /** Rows per JDBC batch when an import's proposals are written. */
    private static final int BATCH = 1000;
    private static final String INSERT = "insert into risk_proposal (id, asset_id, asset_no, asset_name, department_code,"
            + " entry_code, assessment_key, status, created_at, lock_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final Set<String> SORTABLE = Set.of("assetNo", "assetName", "departmentCode", "entryCode",
            "status", "createdAt");

    /** The domain's datasource; inside the JTA transaction it hands out the connection JPA uses. */
    @Resource(lookup = "java:jboss/datasources/IsmsDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RiskProposal> find(long id) {
        return Optional.ofNullable(em.find(RiskProposal.class, id));
    }

    /**
     * New proposals in JDBC batches, not one JPA persist each: an import of 50,000 assets proposes over half a
     * million, and they must be written inside the import's transaction and its timeout. Ids come from the same
     * sequence, a block per value as Hibernate takes them.
     */
    @Override
    public void addAll(Collection<RiskProposal> proposals) {
        em.flush();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement next = connection.prepareStatement(nextIdSql(connection));
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            long id = 0;
            long blockEnd = -1;
            int pending = 0;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (RiskProposal p : proposals) {
                if (p.getStatus() != ProposalStatus.PENDING) {
                    throw new IllegalArgumentException("only new proposals are added in bulk: " + p.getEntryCode());
                }
                if (id > blockEnd) {
                    try (var result = next.executeQuery()) {
                        result.next();
                        blockEnd = result.getLong(1);
                    }
                    id = blockEnd - Identified.ID_BLOCK + 1;
                }
                insert.setLong(1, id++);
                insert.setLong(2, p.getAssetId());
                insert.setString(3, p.getAssetNo());
                insert.setString(4, p.getAssetName());
                insert.setString(5, p.getDepartmentCode());
                insert.setString(6, p.getEntryCode());
                insert.setString(7, p.getAssessmentKey());
                insert.setString(8, p.getStatus().name());
                insert.setObject(9, now);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write risk proposals", e);
        }
    }

    private static String nextIdSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "select nextval('isms_seq')" : "select next value for isms_seq";
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

    /**
     * Pending proposals take their assets' current name and department: one statement per thousand assets, so
     * re-importing a whole exported inventory costs a few statements, not one per asset.
     */
    @Override
    public void followAssets(Collection<Long> assetIds) {
        em.flush();
        List<Long> ids = List.copyOf(assetIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createNativeQuery("update risk_proposal set"
                    + " asset_name = (select a.name from asset a where a.id = risk_proposal.asset_id),"
                    + " department_code = (select a.department_code from asset a where a.id = risk_proposal.asset_id)"
                    + " where status = 'PENDING' and asset_id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(from + BATCH, ids.size()))).executeUpdate();
        }
    }

    @Override
    public void flush() {
        em.flush();
    }
}
