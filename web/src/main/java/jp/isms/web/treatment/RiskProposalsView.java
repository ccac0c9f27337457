package jp.isms.web.treatment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.risk.application.KeptRisk;
import jp.isms.risk.application.ProposalRow;
import jp.isms.risk.application.RiskOwners;
import jp.isms.risk.application.RiskProposals;
import jp.isms.risk.domain.KeepDecision;
import jp.isms.risk.domain.ProposalStatus;
import jp.isms.risk.domain.Treatment;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/** The catalogue's proposals (pending first by default), paged by the database; keep with an analysis, or discard. */
@Named
@ViewScoped
public class RiskProposalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskProposals proposals;

    @Inject
    RiskOwners owners;

    @Inject
    UserAdministration organisation;

    private PagedModel<ProposalRow> rows;

    // the keep dialog
    private ProposalRow keeping;
    private int likelihood = 3;
    private int impact = 3;
    private Treatment treatment = Treatment.REDUCE;
    private int residualLikelihood = 3;
    private int residualImpact = 3;

    public void load() {
        Ui.attempt(() -> {
            owners.requireReader(currentUser.actor());
            rows = new PagedModel<>(request -> proposals.page(currentUser.actor(), request),
                    row -> Long.toString(row.id()), "assetNo", true);
        });
    }

    public void startKeep(ProposalRow row) {
        keeping = row;
        likelihood = 3;
        impact = 3;
        treatment = Treatment.REDUCE;
        residualLikelihood = 3;
        residualImpact = 3;
    }

    public void keep() {
        KeptRisk[] kept = new KeptRisk[1];
        if (keeping != null && Ui.attempt(() -> kept[0] = proposals.keep(currentUser.actor(), keeping.id(),
                new KeepDecision(likelihood, impact, treatment, residualLikelihood, residualImpact)))) {
            Ui.info("treatment.proposal.kept", kept[0].businessKey(), kept[0].riskNo());
            keeping = null;
            PrimeFaces.current().executeScript("PF('keepDialog').hide()");
        }
    }

    public void discard(ProposalRow row) {
        if (Ui.attempt(() -> proposals.discard(currentUser.actor(), row.id()))) {
            Ui.info("treatment.proposal.discarded");
        }
    }

    public boolean mayDecide(ProposalRow row) {
        return row.status() == ProposalStatus.PENDING && owners.mayDecide(currentUser.actor(), row.departmentCode());
    }

    public ProposalStatus[] getStatuses() {
        return ProposalStatus.values();
    }

    public Treatment[] getTreatments() {
        return Treatment.values();
    }

    public List<UserAdministration.DepartmentOption> getDepartments() {
        return organisation.departments();
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public PagedModel<ProposalRow> getRows() {
        return rows;
    }

    public ProposalRow getKeeping() {
        return keeping;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(int likelihood) {
        this.likelihood = likelihood;
    }

    public int getImpact() {
        return impact;
    }

    public void setImpact(int impact) {
        this.impact = impact;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public void setTreatment(Treatment treatment) {
        this.treatment = treatment;
    }

    public int getResidualLikelihood() {
        return residualLikelihood;
    }

    public void setResidualLikelihood(int residualLikelihood) {
        this.residualLikelihood = residualLikelihood;
    }

    public int getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(int residualImpact) {
        this.residualImpact = residualImpact;
    }
}
