package jp.isms.web.treatment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.risk.application.AssessmentView;
import jp.isms.risk.application.PlanItemRow;
import jp.isms.risk.application.RiskRegister;
import jp.isms.risk.application.RiskTreatment;
import jp.isms.risk.domain.PlanItemChange;
import jp.isms.risk.domain.PlanItemStatus;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The treatment plan (リスク対応計画) of the current assessment: every plan item, paged, sorted by due date. */
@Named
@ViewScoped
public class TreatmentPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskRegister register;

    @Inject
    RiskTreatment treatment;

    @Inject
    UserAdministration organisation;

    private String key;
    private AssessmentView assessment;
    private PagedModel<PlanItemRow> items;

    public void load() {
        Ui.attempt(() -> {
            assessment = register.view(currentUser.actor(), key, null).orElse(null);
            if (assessment != null) {
                long id = assessment.id();
                items = new PagedModel<>(request -> treatment.planItems(currentUser.actor(), id, request),
                        PlanItemRow::key, "dueDate", true);
            }
        });
    }

    /** The owner reports their item done (or the risk owner closes it); on an approved version, a new one. */
    public void markDone(PlanItemRow row) {
        change(row, PlanItemStatus.DONE);
    }

    public void reopen(PlanItemRow row) {
        change(row, PlanItemStatus.OPEN);
    }

    private void change(PlanItemRow row, PlanItemStatus status) {
        if (Ui.attempt(() -> treatment.revisePlanItem(currentUser.actor(), row.businessKey(), row.riskNo(),
                row.itemNo(), new PlanItemChange(row.action(), row.owner(), row.dueDate(), status)))) {
            Ui.info("treatment.planItem.saved");
            load();
        }
    }

    public boolean mayChange(PlanItemRow row) {
        return currentUser.actor().username().equals(row.owner())
                || treatment.mayChange(currentUser.actor(), row.departmentCode());
    }

    /** The assessment's business key; none means the current assessment. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getMe() {
        return currentUser.actor().username();
    }

    public List<UserAdministration.DepartmentOption> getDepartments() {
        return organisation.departments();
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public PagedModel<PlanItemRow> getItems() {
        return items;
    }
}
