package jp.isms.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;

@ApplicationScoped
public class JpaApprovalLog implements ApprovalLog {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(ApprovalRecord record) {
        em.persist(record);
    }

    @Override
    public List<ApprovalRecord> forSubject(String subjectType, String subjectKey) {
        return em.createQuery("select r from ApprovalRecord r where r.subjectType = :type and r.subjectKey = :key"
                + " order by r.decidedAt, r.id", ApprovalRecord.class)
                .setParameter("type", subjectType).setParameter("key", subjectKey).getResultList();
    }

    @Override
    public List<ApprovalRecord> forProcessInstance(String processInstanceId) {
        return em.createQuery("select r from ApprovalRecord r where r.processInstanceId = :pid order by r.decidedAt, r.id",
                ApprovalRecord.class).setParameter("pid", processInstanceId).getResultList();
    }
}
