package jp.isms.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Supplier;
import jp.isms.certification.application.AuditView;
import jp.isms.certification.application.CertificationAudits;
import jp.isms.certification.application.FindingInput;
import jp.isms.certification.domain.FindingGrade;
import jp.isms.certification.domain.Stage2Result;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * One audit: its dates, the body's findings, the stage 2 interviews and the body's conclusion, each recorded by
 * the ISMS office while the matching step of the process is open (the inbox task then says it is done).
 */
@Named("certificationAuditPage")
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationAudits audits;

    private Long id;
    private AuditView audit;
    private Map<String, String> departments = Map.of();

    private LocalDate stage1Date;
    private LocalDate stage2Date;
    private FindingGrade grade;
    private String requirement;
    private String findingDepartment;
    private String findingText;
    private LocalDate findingDeadline;
    private LocalDateTime interviewAt;
    private String interviewDepartment;
    private String preparer;
    private String topic;
    private Stage2Result result;
    private LocalDate correctionDeadline;

    public void load() {
        if (id == null) {
            Ui.failedWith("certification.audit.noId");
            return;
        }
        Ui.attempt(() -> {
            audit = audits.view(currentUser.actor(), id);
            departments = audits.departments(currentUser.actor());
        });
    }

    private void act(Supplier<AuditView> action, String doneKey) {
        Ui.attempt(() -> {
            audit = action.get();
            Ui.info(doneKey, audit.reference());
        });
    }

    public void recordStage1() {
        act(() -> audits.recordStage1Held(currentUser.actor(), id, stage1Date), "certification.stage1.recorded");
    }

    public void scheduleStage2() {
        act(() -> audits.scheduleStage2(currentUser.actor(), id, stage2Date), "certification.stage2.scheduled");
    }

    public void addFinding() {
        act(() -> audits.addFinding(currentUser.actor(), id,
                new FindingInput(grade, requirement, findingDepartment, findingText, findingDeadline)),
                "certification.finding.recorded");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            grade = null;
            requirement = findingDepartment = findingText = null;
            findingDeadline = null;
        }
    }

    public void addInterview() {
        act(() -> audits.addInterview(currentUser.actor(), id, interviewAt, interviewDepartment, preparer, topic),
                "certification.interview.added");
    }

    public void recordResult() {
        act(() -> audits.recordResult(currentUser.actor(), id, result, correctionDeadline), "certification.result.recorded");
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    /** Findings may be recorded during stage 1 (initial audit, applied) and while stage 2 is scheduled. */
    public boolean isFindingsOpen() {
        return audit != null && ("STAGE2_SCHEDULED".equals(audit.status())
                || "APPLIED".equals(audit.status()) && "INITIAL".equals(audit.kind()));
    }

    public FindingGrade[] getGrades() {
        return FindingGrade.values();
    }

    public Stage2Result[] getResults() {
        return Stage2Result.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AuditView getAudit() {
        return audit;
    }

    public Map<String, String> getDepartments() {
        return departments;
    }

    public LocalDate getStage1Date() {
        return stage1Date;
    }

    public void setStage1Date(LocalDate stage1Date) {
        this.stage1Date = stage1Date;
    }

    public LocalDate getStage2Date() {
        return stage2Date;
    }

    public void setStage2Date(LocalDate stage2Date) {
        this.stage2Date = stage2Date;
    }

    public FindingGrade getGrade() {
        return grade;
    }

    public void setGrade(FindingGrade grade) {
        this.grade = grade;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public String getFindingDepartment() {
        return findingDepartment;
    }

    public void setFindingDepartment(String findingDepartment) {
        this.findingDepartment = findingDepartment;
    }

    public String getFindingText() {
        return findingText;
    }

    public void setFindingText(String findingText) {
        this.findingText = findingText;
    }

    public LocalDate getFindingDeadline() {
        return findingDeadline;
    }

    public void setFindingDeadline(LocalDate findingDeadline) {
        this.findingDeadline = findingDeadline;
    }

    public LocalDateTime getInterviewAt() {
        return interviewAt;
    }

    public void setInterviewAt(LocalDateTime interviewAt) {
        this.interviewAt = interviewAt;
    }

    public String getInterviewDepartment() {
        return interviewDepartment;
    }

    public void setInterviewDepartment(String interviewDepartment) {
        this.interviewDepartment = interviewDepartment;
    }

    public String getPreparer() {
        return preparer;
    }

    public void setPreparer(String preparer) {
        this.preparer = preparer;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Stage2Result getResult() {
        return result;
    }

    public void setResult(Stage2Result result) {
        this.result = result;
    }

    public LocalDate getCorrectionDeadline() {
        return correctionDeadline;
    }

    public void setCorrectionDeadline(LocalDate correctionDeadline) {
        this.correctionDeadline = correctionDeadline;
    }
}
