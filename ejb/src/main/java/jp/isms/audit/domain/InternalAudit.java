package jp.isms.audit.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One internal audit (clause 9.2, memo step 8 ①–⑥): its plan, a checklist per audited department, the results,
 * the report the lead auditor submits and top management's review. Once reviewed nothing changes any more; the
 * SHA-256 of the reviewed report is kept, so anyone can show that the report read today is the one reviewed.
 */
@Entity
@Table(name = "internal_audit")
public class InternalAudit extends Identified {

    @Column(name = "audit_no", nullable = false)
    private String auditNo;

    @Column(name = "audit_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(nullable = false, length = 2000)
    private String criteria;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "lead_auditor", nullable = false)
    private String leadAuditor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditStatus status;

    @Column(name = "baseline_of")
    private String baselineOf;

    @Column(name = "plan_approved_by")
    private String planApprovedBy;

    @Column(name = "plan_approved_at")
    private Instant planApprovedAt;

    @Column(name = "report_summary", length = 4000)
    private String reportSummary;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "report_sha256")
    private String reportSha256;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_assignment", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "line_no")
    private List<AuditAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("departmentCode, lineNo")
    private List<ChecklistItem> items = new ArrayList<>();

    protected InternalAudit() {
    }

    public InternalAudit(String auditNo, int year, AuditPlan plan, List<String> requirements) {
        this.auditNo = auditNo;
        this.year = year;
        this.status = AuditStatus.DRAFT;
        apply(plan, requirements);
    }

    /**
     * Changes the plan while it is a draft or returned. A department that stays keeps its checklist; a new one
     * gets the programme's requirements; a removed one loses its checklist.
     */
    public void replan(AuditPlan plan, List<String> requirements) {
        requirePlanEditable();
        apply(plan, requirements);
    }

    private void apply(AuditPlan plan, List<String> requirements) {
        title = plan.title().strip();
        scope = plan.scope().strip();
        criteria = plan.criteria().strip();
        startDate = plan.startDate();
        endDate = plan.endDate();
        leadAuditor = plan.leadAuditor();
        assignments.clear();
        assignments.addAll(plan.assignments());
        List<String> departments = departments();
        items.removeIf(i -> !departments.contains(i.getDepartmentCode()));
        for (String department : departments) {
            if (items.stream().noneMatch(i -> i.getDepartmentCode().equals(department))) {
                for (int i = 0; i < requirements.size(); i++) {
                    items.add(new ChecklistItem(this, department, requirements.get(i), i + 1, null));
                }
            }
        }
    }

    /**
     * Last year's audit as a baseline: the same departments' checklists with their checkpoints, never their
     * results, evidence or findings (each year's audit must look again).
     */
    public void copyChecklistFrom(InternalAudit baseline) {
        requirePlanEditable();
        Map<String, ChecklistItem> previous = baseline.items.stream()
                .collect(Collectors.toMap(i -> i.getDepartmentCode() + "|" + i.getRequirement(), Function.identity(),
                        (a, b) -> a));
        List<ChecklistItem> copied = new ArrayList<>();
        for (ChecklistItem item : items) {
            ChecklistItem old = previous.get(item.getDepartmentCode() + "|" + item.getRequirement());
            copied.add(new ChecklistItem(this, item.getDepartmentCode(), item.getRequirement(), item.getLineNo(),
                    old == null ? item.getCheckpoint() : old.getCheckpoint()));
        }
        items.clear();
        items.addAll(copied);
        baselineOf = baseline.auditNo;
    }

    /** Sets what to look at on one item (the auditor's preparation; copied to next year's baseline). */
    public void setCheckpoint(long itemId, String checkpoint, String username) {
        ChecklistItem item = item(itemId);
        requireAuditorOf(item.getDepartmentCode(), username);
        if (status != AuditStatus.APPROVED && !status.planEditable()) {
            throw IsmsException.conflict("audit.notRecordable", "audit.status." + status.name());
        }
        item.prepare(checkpoint);
    }

    public void submitPlan(String username) {
        requirePlanEditable();
        requireLead(username);
        if (assignments.isEmpty()) {
            throw IsmsException.invalid("audit.plan.noDepartments");
        }
        status = AuditStatus.SUBMITTED;
    }

    public void approvePlan(String username) {
        requireStatus(AuditStatus.SUBMITTED);
        status = AuditStatus.APPROVED;
        planApprovedBy = username;
        planApprovedAt = Instant.now();
    }

    public void returnPlan() {
        requireStatus(AuditStatus.SUBMITTED);
        status = AuditStatus.RETURNED;
    }

    /** The assigned auditor records one item's result, while the approved audit is being conducted. */
    public ChecklistItem record(long itemId, AuditResult result, String evidence, String interviewee, String username) {
        ChecklistItem item = item(itemId);
        requireAuditorOf(item.getDepartmentCode(), username);
        if (status != AuditStatus.APPROVED) {
            throw IsmsException.conflict("audit.notRecordable", "audit.status." + status.name());
        }
        if (result == null) {
            throw IsmsException.invalid("audit.result.required");
        }
        if (result.nonconformity() && (evidence == null || evidence.isBlank())) {
            throw IsmsException.invalid("audit.result.evidenceRequired");
        }
        item.record(result, evidence, interviewee, username);
        return item;
    }

    public void attach(long itemId, EvidenceAttachment attachment, String username) {
        ChecklistItem item = item(itemId);
        requireAuditorOf(item.getDepartmentCode(), username);
        if (status != AuditStatus.APPROVED) {
            throw IsmsException.conflict("audit.notRecordable", "audit.status." + status.name());
        }
        item.attach(attachment);
    }

    /**
     * The lead auditor submits the report: the nonconformities get their numbers (in checklist order) and the
     * report its hash. Returns the nonconformities, each of which starts a corrective action.
     */
    public List<ChecklistItem> submitReport(String username, String summary) {
        requireStatus(AuditStatus.APPROVED);
        requireLead(username);
        if (summary == null || summary.isBlank()) {
            throw IsmsException.invalid("audit.report.summaryRequired");
        }
        if (items.stream().noneMatch(i -> i.getResult() != null)) {
            throw IsmsException.invalid("audit.report.nothingRecorded");
        }
        reportSummary = summary.strip();
        List<ChecklistItem> nonconformities = nonconformities();
        for (int i = 0; i < nonconformities.size(); i++) {
            nonconformities.get(i).number(i + 1);
        }
        status = AuditStatus.REPORTED;
        reportedAt = Instant.now();
        reportSha256 = canonicalHash();
        return nonconformities;
    }

    /** Top management reviewed the report (memo step ⑥); from now on the audit is immutable. */
    public void review(String username, String comment) {
        requireStatus(AuditStatus.REPORTED);
        if (!reportSha256.equals(canonicalHash())) {
            throw new IllegalStateException("report of " + auditNo + " changed after submission");
        }
        status = AuditStatus.REVIEWED;
        reviewedBy = username;
        reviewedAt = Instant.now();
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** A corrective action closed: the finding shows as closed (the report's hash does not cover this). */
    public void findingClosed(long itemId, LocalDate on) {
        item(itemId).close(on);
    }

    /** The nonconformities of the submitted report, by number. */
    public List<ChecklistItem> getFindingsNumbered() {
        return items.stream().filter(i -> i.getFindingNo() != null).sorted(Comparator.comparing(ChecklistItem::getFindingNo))
                .toList();
    }

    public List<ChecklistItem> nonconformities() {
        return items.stream().filter(i -> i.getResult() != null && i.getResult().nonconformity())
                .sorted(Comparator.comparing(ChecklistItem::getDepartmentCode).thenComparing(ChecklistItem::getLineNo))
                .toList();
    }

    /** SHA-256 over the plan, the summary and every item in checklist order: what top management reviews. */
    public String canonicalHash() {
        StringBuilder s = new StringBuilder(String.join("\u001f", auditNo, title, scope, criteria, startDate.toString(),
                endDate.toString(), leadAuditor, reportSummary == null ? "" : reportSummary));
        assignments.forEach(a -> s.append('\n').append(a.departmentCode()).append('\u001f').append(a.auditorUsername()));
        items.stream().sorted(Comparator.comparing(ChecklistItem::getDepartmentCode).thenComparing(ChecklistItem::getLineNo))
                .forEach(i -> s.append('\n').append(i.canonical()));
        return ContentHash.sha256(s.toString());
    }

    public Optional<String> auditorOf(String departmentCode) {
        return assignments.stream().filter(a -> a.departmentCode().equals(departmentCode))
                .map(AuditAssignment::auditorUsername).findFirst();
    }

    public boolean onTheTeam(String username) {
        return leadAuditor.equals(username) || assignments.stream().anyMatch(a -> a.auditorUsername().equals(username));
    }

    public List<String> departments() {
        return assignments.stream().map(AuditAssignment::departmentCode).toList();
    }

    public ChecklistItem item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> IsmsException.notFound("audit.item.unknown", itemId));
    }

    private void requireAuditorOf(String departmentCode, String username) {
        if (!onTheTeam(username)) {
            throw IsmsException.forbidden("audit.notOnTheAudit", auditNo);
        }
        if (!auditorOf(departmentCode).map(username::equals).orElse(false)) {
            throw IsmsException.forbidden("audit.notAuditorOfDepartment", departmentCode);
        }
    }

    private void requireLead(String username) {
        if (!leadAuditor.equals(username)) {
            throw IsmsException.forbidden("audit.leadOnly");
        }
    }

    private void requirePlanEditable() {
        if (!status.planEditable()) {
            throw IsmsException.conflict("audit.planNotEditable", "audit.status." + status.name());
        }
    }

    private void requireStatus(AuditStatus expected) {
        if (status != expected) {
            throw IsmsException.conflict("audit.wrongStatus", "audit.status." + status.name());
        }
    }

    public String getAuditNo() {
        return auditNo;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getScope() {
        return scope;
    }

    public String getCriteria() {
        return criteria;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getLeadAuditor() {
        return leadAuditor;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public String getBaselineOf() {
        return baselineOf;
    }

    public String getPlanApprovedBy() {
        return planApprovedBy;
    }

    public Instant getPlanApprovedAt() {
        return planApprovedAt;
    }

    public String getReportSummary() {
        return reportSummary;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportSha256() {
        return reportSha256;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public List<AuditAssignment> getAssignments() {
        return List.copyOf(assignments);
    }

    public List<ChecklistItem> getItems() {
        return List.copyOf(items);
    }
}
