package jp.isms.web.cycle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.isms.cycle.application.CertificationCycles;
import jp.isms.cycle.application.CertificationCycles.CycleTaskView;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The form of the cycle's three tasks: prepare an audit, or enter the date of a scope-change audit or re-audit. */
@Named
@ViewScoped
public class CycleTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationCycles cycles;

    private String taskId;
    private CycleTaskView task;
    private LocalDate plannedDate;
    private boolean completed;

    public void load() {
        Ui.attempt(() -> task = cycles.taskView(currentUser.actor(), taskId, Ui.locale()));
    }

    public void complete() {
        if (Ui.attempt(() -> cycles.completeWithDate(currentUser.actor(), taskId, plannedDate))) {
            completed = true;
            Ui.info("cycle.task.completed");
        }
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public CycleTaskView getTask() {
        return task;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public boolean isCompleted() {
        return completed;
    }
}
