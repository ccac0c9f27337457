package jp.isms.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewInputSource;
import jp.isms.risk.domain.AssessmentStatus;
import jp.isms.risk.domain.PlanItemStatus;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.shared.application.Messages;

/**
 * f) of 9.3.2: the risk assessment in force (the latest approved version, else the latest one) with its residual
 * risks per level, and where its treatment plan stands (open, done, overdue items). Counted by the database.
 */
@ApplicationScoped
public class RiskReviewInput implements ReviewInputSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public ReviewInput input() {
        return ReviewInput.RISK_ASSESSMENT;
    }

    @Override
    public List<String> summarise(LocalDate since, Locale locale) {
        RiskAssessment assessment = em.createQuery("select a from RiskAssessment a order by case when a.status = :approved"
                + " then 0 else 1 end, a.createdAt desc", RiskAssessment.class).setParameter("approved", AssessmentStatus.APPROVED)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (assessment == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(locale, "review.source.assessment", assessment.getBusinessKey(), assessment.getVersion(),
                Messages.get(locale, "review.source.assessmentStatus." + assessment.getStatus().name())));
        for (RiskLevel level : RiskLevel.values()) {
            long n = em.createQuery("select count(r) from Risk r where r.assessment = :a and r.residualLevel = :level", Long.class)
                    .setParameter("a", assessment).setParameter("level", level).getSingleResult();
            lines.add(Messages.get(locale, "review.source.residual", Messages.get(locale, "review.level." + level.name()), n));
        }
        long open = planItems(assessment, PlanItemStatus.OPEN);
        long done = planItems(assessment, PlanItemStatus.DONE);
        long overdue = em.createQuery("select count(i) from TreatmentPlanItem i where i.risk.assessment = :a"
                + " and i.status = :open and i.dueDate < :today", Long.class).setParameter("a", assessment)
                .setParameter("open", PlanItemStatus.OPEN).setParameter("today", LocalDate.now(ZoneId.of("Asia/Tokyo")))
                .getSingleResult();
        lines.add(Messages.get(locale, "review.source.plan", open + done, done, open, overdue));
        return lines;
    }

    private long planItems(RiskAssessment assessment, PlanItemStatus status) {
        return em.createQuery("select count(i) from TreatmentPlanItem i where i.risk.assessment = :a and i.status = :s",
                Long.class).setParameter("a", assessment).setParameter("s", status).getSingleResult();
    }
}
