package jp.isms.web.treatment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.risk.application.PlanItemRow;
import jp.isms.risk.application.ProposalRow;
import jp.isms.risk.application.RiskRow;
import jp.isms.risk.application.RiskTreatment;
import jp.isms.risk.application.TreatmentView;
import jp.isms.risk.domain.PlanItemChange;
import jp.isms.risk.domain.PlanItemStatus;
import jp.isms.web.faces.Ui;
import jp.isms.web.risk.RiskRegisterView;
import jp.isms.web.security.CurrentUser;

/**
 * One risk's treatment on the register: the controls chosen from Annex A and the plan items. A change to an
 * approved version goes into a new draft version, which the register then shows.
 */
@Named
@ViewScoped
public class RiskTreatmentDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskTreatment treatment;

    @Inject
    ControlCatalogue catalogue;

    @Inject
    RiskRegisterView registerView;

    @Inject
    RiskHeatMapView heatMaps;

    private TreatmentView shown;
    private List<String> controls = new ArrayList<>();
    private String action;
    private String owner;
    private LocalDate dueDate;

    public void open(RiskRow row) {
        var assessment = registerView.getAssessment();
        Ui.attempt(() -> show(treatment.treatment(currentUser.actor(), assessment.businessKey(), assessment.version(),
                row.riskNo())));
        action = null;
        owner = currentUser.actor().username();
        dueDate = treatment.today().plusMonths(1);
    }

    public void saveControls() {
        if (Ui.attempt(() -> show(treatment.chooseControls(currentUser.actor(), shown.businessKey(), shown.riskNo(),
                controls)))) {
            Ui.info("treatment.controls.saved");
            afterChange();
        }
    }

    public void addPlanItem() {
        if (Ui.attempt(() -> treatment.addPlanItem(currentUser.actor(), shown.businessKey(), shown.riskNo(),
                new PlanItemChange(action, owner, dueDate, PlanItemStatus.OPEN)))) {
            Ui.info("treatment.planItem.added");
            action = null;
            reopen();
        }
    }

    public void markDone(PlanItemRow item) {
        if (Ui.attempt(() -> treatment.revisePlanItem(currentUser.actor(), shown.businessKey(), shown.riskNo(),
                item.itemNo(), new PlanItemChange(item.action(), item.owner(), item.dueDate(), PlanItemStatus.DONE)))) {
            Ui.info("treatment.planItem.saved");
            reopen();
        }
    }

    private void reopen() {
        Ui.attempt(() -> show(treatment.treatment(currentUser.actor(), shown.businessKey(), null, shown.riskNo())));
        afterChange();
    }

    /** The register shows the version that was changed (a new draft after an approved one). */
    private void afterChange() {
        heatMaps.refresh();
        registerView.reload(shown.businessKey(), shown.version());
    }

    private void show(TreatmentView view) {
        shown = view;
        controls = new ArrayList<>(view.controls().stream().map(ProposalRow.ControlRef::id).toList());
    }

    /** Whether this user plans this risk's treatment (its risk owner or the ISMS office) on the newest version. */
    public boolean isChangeable() {
        var assessment = registerView.getAssessment();
        return shown != null && assessment != null
                && assessment.version() == assessment.versions().get(assessment.versions().size() - 1)
                && !assessment.approvalRunning() && treatment.mayChange(currentUser.actor(), shown.departmentCode());
    }

    public boolean isOverdue(PlanItemRow item) {
        return item.overdue();
    }

    public List<ProposalRow.ControlRef> getCatalogue() {
        return catalogue.all().stream().map(c -> new ProposalRow.ControlRef(c.id(), c.titleIn(Ui.locale()))).toList();
    }

    public TreatmentView getShown() {
        return shown;
    }

    public List<String> getControls() {
        return controls;
    }

    public void setControls(List<String> controls) {
        this.controls = controls == null ? new ArrayList<>() : new ArrayList<>(controls);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
