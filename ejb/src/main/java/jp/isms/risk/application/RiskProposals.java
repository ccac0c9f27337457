package jp.isms.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.isms.asset.application.InventoryChanged;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;
import jp.isms.risk.domain.CatalogueEntry;
import jp.isms.risk.domain.KeepDecision;
import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.risk.domain.RiskProposal;
import jp.isms.risk.domain.RiskProposalRepository;
import jp.isms.risk.domain.ThreatCatalogue;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;

/**
 * Risk identification from the threat catalogue: when assets are entered, one proposal per threat–vulnerability
 * entry of their type; the risk owner keeps a proposal (it becomes a risk of the register, with the entry's
 * suggested controls) or discards it.
 */
@ApplicationScoped
@Transactional
public class RiskProposals {

    @Inject
    jp.isms.riskmethod.application.RiskMethods methods;

    @Inject
    RiskProposalRepository proposals;

    @Inject
    ThreatCatalogue catalogue;

    @Inject
    ControlCatalogue controls;

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    DepartmentRepository departments;

    @Inject
    RiskRegister register;

    @Inject
    RiskOwners owners;

    /** In the transaction that entered the assets: proposals exist exactly when the assets do. */
    void onInventoryChanged(@Observes InventoryChanged change) {
        if (!change.entered().isEmpty()) {
            String assessmentKey = assessments.current().map(RiskAssessment::getBusinessKey).orElse(null);
            List<RiskProposal> made = new ArrayList<>();
            for (InventoryChanged.Facts asset : change.entered()) {
                made.addAll(RiskProposal.forAsset(asset.id(), asset.assetNo(), asset.name(), asset.type(),
                        asset.departmentCode(), catalogue, assessmentKey));
            }
            proposals.addAll(made);
        }
        if (!change.changed().isEmpty()) {
            proposals.followAssets(change.changed().stream().map(InventoryChanged.Facts::id).toList());
        }
    }

    /** A department head without a company-wide role sees their own department's proposals only. */
    public Page<ProposalRow> page(Actor actor, PageRequest request) {
        owners.requireReader(actor);
        PageRequest limited = owners.limitedTo(actor).map(department -> {
            Map<String, String> filters = new HashMap<>(request.filters());
            String asked = request.filter("department");
            boolean own = !department.isEmpty() && (asked == null || asked.equalsIgnoreCase(department));
            // a code no department has: the list is empty, and says so by its total
            filters.put("department", own ? department : "#none");
            return new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters);
        }).orElse(request);
        Page<RiskProposal> page = proposals.page(limited);
        return new Page<>(page.rows().stream().map(p -> row(p, actor.locale())).toList(), page.total());
    }

    public ProposalRow get(Actor actor, long id) {
        owners.requireReader(actor);
        RiskProposal proposal = find(id);
        owners.limitedTo(actor).filter(d -> !d.equalsIgnoreCase(proposal.getDepartmentCode())).ifPresent(d -> {
            throw IsmsException.forbidden("treatment.notRiskOwner", proposal.getDepartmentCode());
        });
        return row(proposal, actor.locale());
    }

    /**
     * The proposal becomes a risk of its assessment (a new draft version if that one is approved; refused while it
     * is in approval), linked to its asset, with the entry's suggested controls chosen.
     */
    public KeptRisk keep(Actor actor, long id, KeepDecision decision) {
        RiskProposal proposal = find(id);
        owners.requireDecider(actor, proposal.getDepartmentCode());
        proposal.requirePending();
        CatalogueEntry entry = catalogue.entry(proposal.getEntryCode())
                .orElseThrow(() -> IsmsException.conflict("treatment.proposal.entryGone", proposal.getEntryCode()));
        String key = proposal.getAssessmentKey() != null ? proposal.getAssessmentKey()
                : assessments.current().map(RiskAssessment::getBusinessKey)
                        .orElseThrow(() -> IsmsException.conflict("treatment.proposal.noAssessment"));
        RiskAssessment target = register.versionToEdit(key);
        Department department = departments.findByCode(proposal.getDepartmentCode()).orElse(null);
        Risk risk = target.addRiskOnAsset(department, proposal.riskFor(entry, actor.locale(), decision),
                proposal.getAssetId(), methods.methodFor(target.getMethodVersionId()));
        risk.chooseControls(entry.controlIds(), c -> controls.byId(c).isPresent());
        proposal.kept(risk.getRiskNo(), actor.username());
        assessments.flush();
        return new KeptRisk(target.getBusinessKey(), target.getVersion(), risk.getRiskNo());
    }

    public void discard(Actor actor, long id) {
        RiskProposal proposal = find(id);
        owners.requireDecider(actor, proposal.getDepartmentCode());
        proposal.discard(actor.username());
        proposals.flush();
    }

    private RiskProposal find(long id) {
        return proposals.find(id).orElseThrow(() -> IsmsException.notFound("treatment.proposal.unknown", id));
    }

    private ProposalRow row(RiskProposal p, Locale locale) {
        CatalogueEntry entry = catalogue.entry(p.getEntryCode()).orElse(null);
        List<ProposalRow.ControlRef> suggested = entry == null ? List.of() : entry.controlIds().stream()
                .map(c -> new ProposalRow.ControlRef(c, controls.byId(c).map(a -> a.titleIn(locale)).orElse(c)))
                .toList();
        return new ProposalRow(p.getId(), p.getAssetNo(), p.getAssetName(), p.getDepartmentCode(), p.getEntryCode(),
                entry == null ? p.getEntryCode() : entry.threat(locale),
                entry == null ? "" : entry.vulnerability(locale), suggested, p.getStatus(), p.getAssessmentKey(),
                p.getDecidedBy(), p.getDecidedAt(), p.getRiskNo());
    }
}
