package jp.isms.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.isms.organisation.domain.Role;
import jp.isms.project.application.CertificationProjects;
import jp.isms.project.application.KickoffApproval;
import jp.isms.project.application.ProjectDates;
import jp.isms.project.application.ProjectDetails;
import jp.isms.project.application.ProjectSummary;
import jp.isms.project.domain.ProjectStatus;
import jp.isms.shared.application.PageRequest;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The project page: one certification project (by default the newest) with its team, schedule, progress and
 * decisions; the office changes a step's dates here and submits the kickoff. The outline dialog is
 * {@link ProjectOutlineEditor}.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationProjects projects;

    @Inject
    KickoffApproval kickoff;

    private Long id;
    private ProjectDetails project;
    private List<ProjectSummary> all = List.of();
    private ProjectDetails.StepRow editedStep;
    private String editStart;
    private String editEnd;
    private String submissionComment;

    public void load() {
        Ui.attempt(() -> {
            all = projects.list(currentUser.actor(), new PageRequest(0, 100, "key", false, Map.of())).rows();
            project = id == null ? projects.latest(currentUser.actor()).orElse(null)
                    : projects.view(currentUser.actor(), id);
        });
    }

    /** After a change elsewhere on the page: show that project afresh. */
    public void show(ProjectDetails changed) {
        id = changed.id();
        project = changed;
        all = projects.list(currentUser.actor(), new PageRequest(0, 100, "key", false, Map.of())).rows();
    }

    public void startStepEdit(ProjectDetails.StepRow step) {
        editedStep = step;
        editStart = ProjectDates.format(project.baselined() ? step.actualStart() : step.plannedStart());
        editEnd = ProjectDates.format(project.baselined() ? step.actualEnd() : step.plannedEnd());
    }

    public void saveStep() {
        if (project != null && editedStep != null && Ui.attempt(() -> project = projects.changeStep(currentUser.actor(),
                project.id(), editedStep.code(), ProjectDates.parse(editStart, "schedule.start"),
                ProjectDates.parse(editEnd, project.baselined() ? "schedule.completedOn" : "schedule.end"),
                project.lockVersion()))) {
            Ui.info("project.stepSaved", editedStep.code());
            org.primefaces.PrimeFaces.current().executeScript("PF('stepDialog').hide()");
        }
    }

    public void submit() {
        if (project != null && Ui.attempt(() -> kickoff.submit(currentUser.actor(), project.id(), submissionComment))) {
            Ui.info("project.submitted", project.key());
            submissionComment = null;
            project = projects.view(currentUser.actor(), project.id());
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public boolean isEditable() {
        return isOffice() && project != null && project.status().editable();
    }

    /** Planned dates until the baseline, actual dates after it; never while top management decides. */
    public boolean isStepsEditable() {
        return isOffice() && project != null && project.status() != ProjectStatus.IN_APPROVAL;
    }

    public boolean isSubmittable() {
        return isOffice() && project != null && project.status() == ProjectStatus.DRAFT && !project.approvalRunning();
    }

    public boolean isProjectedLate() {
        return project != null && project.projectedCertificationDate().isAfter(project.targetCertificationDate());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectDetails getProject() {
        return project;
    }

    public List<ProjectSummary> getAll() {
        return all;
    }

    public ProjectDetails.StepRow getEditedStep() {
        return editedStep;
    }

    public String getEditStart() {
        return editStart;
    }

    public void setEditStart(String editStart) {
        this.editStart = editStart;
    }

    public String getEditEnd() {
        return editEnd;
    }

    public void setEditEnd(String editEnd) {
        this.editEnd = editEnd;
    }

    public String getSubmissionComment() {
        return submissionComment;
    }

    public void setSubmissionComment(String submissionComment) {
        this.submissionComment = submissionComment;
    }
}
