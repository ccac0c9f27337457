package jp.isms.web.governance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.isms.governance.application.ObjectiveRegister;
import jp.isms.governance.application.ObjectiveRegister.ObjectiveRow;
import jp.isms.governance.domain.ObjectiveStatus;
import jp.isms.governance.domain.SecurityObjective.ObjectiveChange;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/** The objectives (6.2): a database-paged table with overdue ones marked, and the office's dialog. */
@Named
@ViewScoped
public class ObjectivesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectiveRegister register;

    private PagedModel<ObjectiveRow> objectives;

    private Long objectiveId;
    private Long lock;
    private String objective;
    private String measure;
    private String target;
    private String owner;
    private LocalDate dueDate;
    private ObjectiveStatus status = ObjectiveStatus.PLANNED;
    private Integer achievement = 0;

    public void load() {
        objectives = new PagedModel<>(request -> register.page(currentUser.actor(), request),
                r -> Long.toString(r.id()), "dueDate", true);
    }

    public void startNew() {
        edit(new ObjectiveRow(0, null, null, null, currentUser.actor().username(), null, LocalDate.now().plusMonths(3),
                ObjectiveStatus.PLANNED, 0, false, 0));
        objectiveId = null;
        lock = null;
    }

    public void edit(ObjectiveRow row) {
        objectiveId = row.id();
        lock = row.lockVersion();
        objective = row.objective();
        measure = row.measure();
        target = row.target();
        owner = row.owner();
        dueDate = row.dueDate();
        status = row.status();
        achievement = row.achievement();
    }

    public void save() {
        ObjectiveChange change = new ObjectiveChange(objective, measure, target, owner, dueDate, status, achievement);
        if (Ui.attempt(() -> {
            if (objectiveId == null) {
                register.add(currentUser.actor(), change);
            } else {
                register.update(currentUser.actor(), objectiveId, change, lock);
            }
        })) {
            Ui.info("objective.saved");
            PrimeFaces.current().executeScript("PF('objectiveDialog').hide()");
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public ObjectiveStatus[] getStatuses() {
        return ObjectiveStatus.values();
    }

    public PagedModel<ObjectiveRow> getObjectives() {
        return objectives;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
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

    public ObjectiveStatus getStatus() {
        return status;
    }

    public void setStatus(ObjectiveStatus status) {
        this.status = status;
    }

    public Integer getAchievement() {
        return achievement;
    }

    public void setAchievement(Integer achievement) {
        this.achievement = achievement;
    }
}
