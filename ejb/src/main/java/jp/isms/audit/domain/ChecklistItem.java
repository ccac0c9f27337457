package jp.isms.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.isms.shared.domain.Identified;

/** One requirement to check in one department, and what the auditor found there. */
@Entity
@Table(name = "audit_checklist_item")
public class ChecklistItem extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private InternalAudit audit;

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    @Column(nullable = false)
    private String requirement;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    /** What to look at; copied from a baseline audit, never its result. */
    @Column(length = 2000)
    private String checkpoint;

    @Enumerated(EnumType.STRING)
    private AuditResult result;

    @Column(length = 4000)
    private String evidence;

    private String interviewee;

    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_sha256")
    private String attachmentSha256;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    /** The nonconformity's number in its audit ({@code IA-2026-1 / 3}), given when the report is submitted. */
    @Column(name = "finding_no")
    private Integer findingNo;

    /** The day its corrective action was verified and closed. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected ChecklistItem() {
    }

    ChecklistItem(InternalAudit audit, String departmentCode, String requirement, int lineNo, String checkpoint) {
        this.audit = audit;
        this.departmentCode = departmentCode;
        this.requirement = requirement;
        this.lineNo = lineNo;
        this.checkpoint = checkpoint;
    }

    void record(AuditResult result, String evidence, String interviewee, String username) {
        this.result = result;
        this.evidence = blankToNull(evidence);
        this.interviewee = blankToNull(interviewee);
        this.recordedBy = username;
        this.recordedAt = Instant.now();
    }

    void prepare(String checkpoint) {
        this.checkpoint = blankToNull(checkpoint);
    }

    void attach(EvidenceAttachment attachment) {
        this.attachmentId = attachment.getId();
        this.attachmentName = attachment.getFileName();
        this.attachmentSha256 = attachment.getSha256();
    }

    void number(int findingNo) {
        this.findingNo = findingNo;
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }

    /** What the report's hash covers of this item. */
    String canonical() {
        return String.join("\u001f", departmentCode, requirement, String.valueOf(lineNo), nz(checkpoint),
                result == null ? "" : result.name(), nz(evidence), nz(interviewee), nz(attachmentSha256),
                findingNo == null ? "" : findingNo.toString());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public InternalAudit getAudit() {
        return audit;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRequirement() {
        return requirement;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getCheckpoint() {
        return checkpoint;
    }

    public AuditResult getResult() {
        return result;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getInterviewee() {
        return interviewee;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Integer getFindingNo() {
        return findingNo;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
