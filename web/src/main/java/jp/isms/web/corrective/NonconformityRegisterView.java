package jp.isms.web.corrective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.isms.corrective.application.ActionView;
import jp.isms.corrective.application.CorrectiveActions;
import jp.isms.corrective.application.IncidentInput;
import jp.isms.corrective.application.RegisterRow;
import jp.isms.corrective.domain.ActionState;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformitySource;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Redirect;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** 不適合管理台帳: every nonconformity with its action's state, paged and filtered by the database; the office's incident form. */
@Named
@ViewScoped
public class NonconformityRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CorrectiveActions actions;

    @Inject
    UserAdministration organisation;

    private PagedModel<RegisterRow> rows;
    private String audit;

    private String description;
    private NonconformityGrade grade = NonconformityGrade.MINOR;
    private String department;
    private String requirement;
    private LocalDate occurredOn;

    public void load() {
        Ui.attempt(() -> {
            actions.register(currentUser.actor(), new jp.isms.shared.application.PageRequest(0, 1, null, true, null));
            rows = new PagedModel<>(request -> actions.register(currentUser.actor(), withAudit(request)),
                    r -> Long.toString(r.id()), "raisedOn", false);
        });
    }

    /** The {@code audit} view parameter (e.g. {@code IA-2026-1}) narrows the list to that audit's findings. */
    private jp.isms.shared.application.PageRequest withAudit(jp.isms.shared.application.PageRequest request) {
        if (audit == null || audit.isBlank() || request.filter("sourceReference") != null) {
            return request;
        }
        java.util.Map<String, String> filters = new java.util.HashMap<>(request.filters());
        filters.put("audit", audit);
        return new jp.isms.shared.application.PageRequest(request.first(), request.size(), request.sortField(),
                request.ascending(), filters);
    }

    public void startIncident() {
        description = null;
        grade = NonconformityGrade.MINOR;
        department = null;
        requirement = null;
        occurredOn = LocalDate.now(jp.isms.corrective.application.CorrectiveActions.ZONE);
    }

    public void recordIncident() throws IOException {
        ActionView[] opened = new ActionView[1];
        if (Ui.attempt(() -> opened[0] = actions.recordIncident(currentUser.actor(),
                new IncidentInput(description, grade, department, requirement, occurredOn)))) {
            Ui.info("corrective.incident.recorded", opened[0].actionNo(), opened[0].sourceReference());
            Ui.keepForRedirect();
            Redirect.to("/app/corrective/action.xhtml?id=" + opened[0].id());
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public ActionState[] getStates() {
        return ActionState.values();
    }

    public NonconformitySource[] getSources() {
        return NonconformitySource.values();
    }

    public NonconformityGrade[] getGrades() {
        return NonconformityGrade.values();
    }

    public List<UserAdministration.DepartmentOption> getDepartments() {
        return organisation.departments();
    }

    public PagedModel<RegisterRow> getRows() {
        return rows;
    }

    public String getAudit() {
        return audit;
    }

    public void setAudit(String audit) {
        this.audit = audit;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public NonconformityGrade getGrade() {
        return grade;
    }

    public void setGrade(NonconformityGrade grade) {
        this.grade = grade;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }
}
