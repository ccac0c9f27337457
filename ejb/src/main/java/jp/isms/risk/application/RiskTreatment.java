package jp.isms.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.risk.domain.HeatMap;
import jp.isms.risk.domain.PlanItemChange;
import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.risk.domain.RiskTreatmentQueries;
import jp.isms.risk.domain.TreatmentPlanItem;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;

/**
 * Risk treatment (リスク対応): the Annex A controls chosen for a risk and its plan items, under the assessment's
 * rules (locked in approval; a change to an approved version goes into a new draft that copies them), and the
 * heat maps. The risk owner of the risk's department or the ISMS office changes them; a plan item's owner may
 * mark their own item done.
 */
@ApplicationScoped
@Transactional
public class RiskTreatment {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskTreatmentQueries queries;

    @Inject
    RiskRegister register;

    @Inject
    RiskOwners owners;

    @Inject
    ControlCatalogue controls;

    @Inject
    UserRepository users;

    public TreatmentView treatment(Actor actor, String businessKey, Integer version, String riskNo) {
        owners.requireReader(actor);
        RiskAssessment assessment = (version == null ? assessments.latest(businessKey)
                : assessments.find(businessKey, version))
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", businessKey));
        return view(assessment, risk(assessment, riskNo), actor.locale());
    }

    /** Replaces the chosen controls; every id must be an Annex A 2022 control. */
    public TreatmentView chooseControls(Actor actor, String businessKey, String riskNo, List<String> controlIds) {
        requireDecider(actor, businessKey, riskNo);
        RiskAssessment target = register.versionToEdit(businessKey);
        Risk risk = target.editableRisk(riskNo);
        risk.chooseControls(controlIds, id -> controls.byId(id).isPresent());
        assessments.flush();
        return view(target, risk, actor.locale());
    }

    public PlanItemRow addPlanItem(Actor actor, String businessKey, String riskNo, PlanItemChange values) {
        requireDecider(actor, businessKey, riskNo);
        requireUser(values.ownerUsername());
        RiskAssessment target = register.versionToEdit(businessKey);
        TreatmentPlanItem item = target.editableRisk(riskNo).addPlanItem(values, today());
        assessments.flush();
        return PlanItemRow.of(item, today());
    }

    /**
     * Changes a plan item. The item's owner who is not the risk owner may only change its status (report it
     * done, or open again); everything else is the risk owner's.
     */
    public PlanItemRow revisePlanItem(Actor actor, String businessKey, String riskNo, int itemNo,
            PlanItemChange change) {
        RiskAssessment latest = latest(businessKey);
        Risk shown = risk(latest, riskNo);
        TreatmentPlanItem current = shown.planItem(itemNo)
                .orElseThrow(() -> IsmsException.notFound("treatment.planItem.unknown", riskNo, itemNo));
        if (!owners.mayDecide(actor, departmentCode(shown))) {
            PlanItemChange before = current.values();
            boolean onlyStatus = Objects.equals(strip(change.action()), before.action())
                    && Objects.equals(strip(change.ownerUsername()), before.ownerUsername())
                    && Objects.equals(change.dueDate(), before.dueDate());
            if (!actor.username().equals(before.ownerUsername()) || !onlyStatus) {
                throw IsmsException.forbidden("treatment.notRiskOwner", departmentCode(shown));
            }
        }
        requireUser(change.ownerUsername());
        RiskAssessment target = register.versionToEdit(businessKey);
        TreatmentPlanItem item = target.editableRisk(riskNo).revisePlanItem(itemNo, change, today());
        assessments.flush();
        return PlanItemRow.of(item, today());
    }

    /** The plan items of all risks of an assessment version, paged, sorted and filtered by the database. */
    public Page<PlanItemRow> planItems(Actor actor, Long assessmentId, PageRequest request) {
        owners.requireReader(actor);
        LocalDate today = today();
        Page<TreatmentPlanItem> page = queries.planItems(assessmentId, request, today);
        return new Page<>(page.rows().stream().map(i -> PlanItemRow.of(i, today)).toList(), page.total());
    }

    /** Both heat maps, counted by the database. */
    public HeatMaps heatMaps(Actor actor, Long assessmentId) {
        owners.requireReader(actor);
        RiskAssessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", assessmentId));
        return new HeatMaps(assessment.getBusinessKey(), assessment.getVersion(),
                HeatMap.of(queries.inherentCells(assessmentId)), HeatMap.of(queries.residualCells(assessmentId)));
    }

    /** Whether the actor may change the treatment of that risk; for screens to offer the buttons. */
    public boolean mayChange(Actor actor, String departmentCode) {
        return owners.mayDecide(actor, departmentCode);
    }

    public LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    private void requireDecider(Actor actor, String businessKey, String riskNo) {
        owners.requireDecider(actor, departmentCode(risk(latest(businessKey), riskNo)));
    }

    private void requireUser(String username) {
        String name = strip(username);
        if (name != null && !name.isEmpty() && users.findByUsername(name).isEmpty()) {
            throw IsmsException.invalid("treatment.planItem.ownerUnknown", name);
        }
    }

    private RiskAssessment latest(String businessKey) {
        return assessments.latest(businessKey)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", businessKey));
    }

    private static Risk risk(RiskAssessment assessment, String riskNo) {
        return assessment.getRisks().stream().filter(r -> r.getRiskNo().equals(riskNo)).findFirst()
                .orElseThrow(() -> IsmsException.notFound("risk.unknown", riskNo));
    }

    private static String departmentCode(Risk risk) {
        return risk.getDepartment() == null ? null : risk.getDepartment().getCode();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private TreatmentView view(RiskAssessment assessment, Risk risk, Locale locale) {
        LocalDate today = today();
        return new TreatmentView(assessment.getBusinessKey(), assessment.getVersion(), risk.getRiskNo(),
                departmentCode(risk), risk.getAssetId(), risk.getAssetName(), risk.getThreat(),
                risk.getVulnerability(), risk.getInherentScore(), risk.getInherentLevel(), risk.getTreatment(),
                risk.getControlIds().stream().map(id -> new ProposalRow.ControlRef(id,
                        controls.byId(id).map(c -> c.titleIn(locale)).orElse(id))).toList(),
                risk.getPlanItems().stream().map(i -> PlanItemRow.of(i, today)).toList(), risk.getResidualScore(),
                risk.getResidualLevel());
    }
}
