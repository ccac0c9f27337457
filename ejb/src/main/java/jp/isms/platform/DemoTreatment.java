package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.isms.asset.domain.Asset;
import jp.isms.risk.domain.PlanItemChange;
import jp.isms.risk.domain.PlanItemStatus;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskProposal;
import jp.isms.risk.domain.ThreatCatalogue;

/**
 * The demo company's risk treatment (demo/risk-controls.csv, demo/plan-items.csv: one item overdue, two done) and
 * the catalogue's proposals for a few demo assets (demo/proposals.csv), so the treatment plan, the heat maps and
 * the proposal list all show data on the first start. Due dates are relative to today, so the demo stays current.
 */
@ApplicationScoped
public class DemoTreatment {

    private static final String DEMO_DECIDER = "office";

    @PersistenceContext
    EntityManager em;

    @Inject
    ThreatCatalogue catalogue;

    void create(RiskAssessment assessment) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        for (String[] row : DemoCompany.rows("demo/risk-controls.csv")) {
            assessment.editableRisk(row[0]).chooseControls(List.of(row[1].split(" ")), id -> true);
        }
        for (String[] row : DemoCompany.rows("demo/plan-items.csv")) {
            LocalDate due = today.plusDays(Integer.parseInt(row[3]));
            // planned two months before it fell due (or today), as the office would have entered it back then
            LocalDate plannedOn = (due.isBefore(today) ? due : today).minusMonths(2);
            assessment.editableRisk(row[0]).addPlanItem(new PlanItemChange(row[1], row[2], due,
                    PlanItemStatus.valueOf(row[4])), plannedOn);
        }
        for (String[] row : DemoCompany.rows("demo/proposals.csv")) {
            Asset asset = em.createQuery("select a from Asset a where a.assetNo = :no", Asset.class)
                    .setParameter("no", row[0]).getSingleResult();
            Set<String> discarded = Set.copyOf(Arrays.asList(row[1].split(" ")));
            for (RiskProposal proposal : RiskProposal.forAsset(asset.getId(), asset.getAssetNo(), asset.getName(),
                    asset.getType(), asset.getDepartmentCode(), catalogue, assessment.getBusinessKey())) {
                if (discarded.contains(proposal.getEntryCode())) {
                    proposal.discard(DEMO_DECIDER);
                }
                em.persist(proposal);
            }
        }
    }
}
