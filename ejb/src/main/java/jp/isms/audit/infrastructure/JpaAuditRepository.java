package jp.isms.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.isms.audit.domain.AuditProgramme;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.ChecklistItem;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.ListFilters;
import java.util.HashMap;
import java.util.Map;
import jp.isms.audit.domain.EvidenceAttachment;
import jp.isms.audit.domain.InternalAudit;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<InternalAudit> findById(Long id) {
        return Optional.ofNullable(em.find(InternalAudit.class, id));
    }

    @Override
    public Optional<InternalAudit> findByAuditNo(String auditNo) {
        return em.createQuery("select a from InternalAudit a where a.auditNo = :no", InternalAudit.class)
                .setParameter("no", auditNo).getResultStream().findFirst();
    }

    @Override
    public List<InternalAudit> all() {
        return em.createQuery("select a from InternalAudit a order by a.startDate desc, a.auditNo desc",
                InternalAudit.class).getResultList();
    }

    @Override
    public Optional<InternalAudit> findByItemId(Long itemId) {
        return em.createQuery("select i.audit from ChecklistItem i where i.id = :id", InternalAudit.class)
                .setParameter("id", itemId).getResultStream().findFirst();
    }

    @Override
    public long countInYear(int year) {
        return em.createQuery("select count(a) from InternalAudit a where a.year = :y", Long.class)
                .setParameter("y", year).getSingleResult();
    }

    @Override
    public void add(InternalAudit audit) {
        em.persist(audit);
    }

    @Override
    public Page<ChecklistItem> items(Long auditId, PageRequest request) {
        StringBuilder where = new StringBuilder(" from ChecklistItem i where i.audit.id = :audit");
        Map<String, Object> params = new HashMap<>();
        params.put("audit", auditId);
        String department = request.filter("department");
        if (department != null) {
            where.append(" and i.departmentCode = :department");
            params.put("department", department);
        }
        String result = request.filter("result");
        if ("OPEN".equals(result)) {
            where.append(" and i.result is null");
        } else {
            ListFilters.code(result, AuditResult.class).ifPresent(r -> {
                where.append(" and i.result = :result");
                params.put("result", r);
            });
        }
        String requirement = request.filter("requirement");
        if (requirement != null) {
            where.append(" and i.requirement like :requirement");
            params.put("requirement", "%" + requirement.replace("%", "") + "%");
        }
        var count = em.createQuery("select count(i)" + where, Long.class);
        var rows = em.createQuery("select i" + where + " order by i.departmentCode, i.lineNo", ChecklistItem.class)
                .setFirstResult(request.first()).setMaxResults(request.size());
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Page<>(rows.getResultList(), count.getSingleResult());
    }

    @Override
    public Optional<AuditProgramme> programme(int year) {
        return em.createQuery("select p from AuditProgramme p where p.year = :y", AuditProgramme.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    @Override
    public List<AuditProgramme> programmes(int fromYear, int toYear) {
        return em.createQuery("select p from AuditProgramme p where p.year between :f and :t order by p.year",
                AuditProgramme.class).setParameter("f", fromYear).setParameter("t", toYear).getResultList();
    }

    @Override
    public void add(AuditProgramme programme) {
        em.persist(programme);
    }

    @Override
    public void add(EvidenceAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public Optional<EvidenceAttachment> attachment(Long id) {
        return Optional.ofNullable(em.find(EvidenceAttachment.class, id));
    }

    @Override
    public Set<String> departmentsWithRecordsOf(String username) {
        return new LinkedHashSet<>(em.createQuery(
                "select distinct a.departmentCode from Asset a where a.owner = :u", String.class)
                .setParameter("u", username).getResultList());
    }

    @Override
    public void flush() {
        em.flush();
    }
}
