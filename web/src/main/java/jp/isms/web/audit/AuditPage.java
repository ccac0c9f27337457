package jp.isms.web.audit;

import static jp.isms.processes.InternalAudit.VAR_AUDIT_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.audit.application.AuditDocuments;
import jp.isms.audit.application.AuditService;
import jp.isms.audit.application.AuditViews;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.AuditStatus;
import jp.isms.audit.domain.EvidenceAttachment;
import jp.isms.web.faces.Download;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import jp.isms.workflow.application.TaskActions;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * One internal audit: its plan (edited and submitted by the lead auditor while a draft or returned), the
 * checklists with their results (recorded by the auditor of each department), the report and its PDF.
 * Opened from the list ({@code id}) or from the inbox ({@code taskId} of the revise or conduct task).
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audits;

    @Inject
    AuditDocuments documents;

    @Inject
    TaskActions tasks;

    private Long id;
    private String taskId;
    private AuditViews.Audit audit;
    private PagedModel<AuditViews.Item> items;
    private final PlanForm plan = new PlanForm();
    private String submitComment;
    private String summary;

    private AuditViews.Item selected;
    private AuditResult result;
    private String evidence;
    private String interviewee;
    private String checkpoint;

    public void load() {
        Ui.attempt(() -> {
            if (id == null && taskId != null) {
                id = ((Number) tasks.open(currentUser.actor(), taskId).variables().get(VAR_AUDIT_ID)).longValue();
            }
            if (id == null) {
                return;
            }
            audit = audits.view(currentUser.actor(), id);
            long auditId = id;
            items = new PagedModel<>(request -> audits.items(currentUser.actor(), auditId, request),
                    i -> String.valueOf(i.id()), "lineNo", true);
            if (isPlanEditable()) {
                plan.offer(audits.departmentChoices(currentUser.actor()));
                plan.fill(audit);
            }
        });
    }

    public void savePlan() {
        if (Ui.attempt(() -> audit = audits.replan(currentUser.actor(), id, plan.toPlan(), audit.lockVersion()))) {
            Ui.info("audit.saved");
        }
    }

    public void submitPlan() {
        if (Ui.attempt(() -> audit = audits.submitPlan(currentUser.actor(), id, submitComment))) {
            Ui.info("audit.planSubmitted");
            submitComment = null;
        }
    }

    public void select(AuditViews.Item item) {
        selected = item;
        result = item.result();
        evidence = item.evidence();
        interviewee = item.interviewee();
        checkpoint = item.checkpoint();
    }

    public void record() {
        if (selected != null && Ui.attempt(() -> {
            if (audit.status() == AuditStatus.APPROVED) {
                audits.record(currentUser.actor(), id, selected.id(), result, evidence, interviewee);
            }
            if (checkpoint != null && !checkpoint.equals(selected.checkpoint())) {
                audits.prepare(currentUser.actor(), id, selected.id(), checkpoint);
            }
            audit = audits.view(currentUser.actor(), id);
        })) {
            Ui.info("audit.recorded");
        }
    }

    public void upload(FileUploadEvent event) {
        if (selected != null && Ui.attempt(() -> selected = audits.attach(currentUser.actor(), id, selected.id(),
                event.getFile().getFileName(), event.getFile().getContentType(), event.getFile().getContent()))) {
            Ui.info("audit.recorded");
        }
    }

    public void submitReport() {
        if (Ui.attempt(() -> audit = audits.submitReport(currentUser.actor(), id, summary))) {
            Ui.info("audit.reportSubmitted");
        }
    }

    public StreamedContent getPdf() {
        return Download.of(documents.auditPdf(currentUser.actor(), id), Download.PDF,
                AuditDocuments.auditFileName(audit.auditNo()));
    }

    public StreamedContent attachment(AuditViews.Item item) {
        EvidenceAttachment file = audits.attachment(currentUser.actor(), id, item.attachmentId());
        return Download.of(file.getContent(), file.getContentType(), file.getFileName());
    }

    public boolean isPlanEditable() {
        return audit != null && audit.status().planEditable() && audit.leadAuditor().equals(currentUser.actor().username());
    }

    public boolean isLead() {
        return audit != null && audit.leadAuditor().equals(currentUser.actor().username());
    }

    /** The auditor of the selected item's department may record it (the server checks again). */
    public boolean isRecordable() {
        return selected != null && audit != null
                && (audit.status() == AuditStatus.APPROVED || audit.status().planEditable())
                && audit.assignments().stream().anyMatch(a -> a.departmentCode().equals(selected.departmentCode())
                        && a.auditor().equals(currentUser.actor().username()));
    }

    public List<AuditResult> getResults() {
        return List.of(AuditResult.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public AuditViews.Audit getAudit() {
        return audit;
    }

    public PagedModel<AuditViews.Item> getItems() {
        return items;
    }

    public PlanForm getPlan() {
        return plan;
    }

    public String getSubmitComment() {
        return submitComment;
    }

    public void setSubmitComment(String submitComment) {
        this.submitComment = submitComment;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public AuditViews.Item getSelected() {
        return selected;
    }

    public AuditResult getResult() {
        return result;
    }

    public void setResult(AuditResult result) {
        this.result = result;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getInterviewee() {
        return interviewee;
    }

    public void setInterviewee(String interviewee) {
        this.interviewee = interviewee;
    }

    public String getCheckpoint() {
        return checkpoint;
    }

    public void setCheckpoint(String checkpoint) {
        this.checkpoint = checkpoint;
    }
}
