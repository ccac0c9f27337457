package jp.isms.corrective.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;

/**
 * One nonconformity and its corrective action (clause 10.2), step by step. Each step checks that the action is at
 * it, so nothing is skipped: it closes only through {@link #verifyEffective}, by someone other than the implementer,
 * and a failed verification reopens it. Every step appends to the history, which is never rewritten.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends jp.isms.shared.domain.Identified {

    public static final int MAX_WHYS = 5;
    static final int MAX_TEXT = 4000;
    static final int MAX_WHY = 1000;

    @Column(name = "action_no", nullable = false, length = 20)
    private String actionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NonconformitySource source;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "source_reference", nullable = false, length = 100)
    private String sourceReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NonconformityGrade grade;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "department_code", length = 20)
    private String departmentCode;

    @Column(length = 40)
    private String requirement;

    @Column(nullable = false, length = MAX_TEXT)
    private String description;

    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "external_deadline")
    private LocalDate externalDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionState state;

    @Column(length = MAX_TEXT)
    private String correction;

    @Column(name = "corrected_by", length = 64)
    private String correctedBy;

    @Column(name = "why1", length = MAX_WHY)
    private String why1;

    @Column(name = "why2", length = MAX_WHY)
    private String why2;

    @Column(name = "why3", length = MAX_WHY)
    private String why3;

    @Column(name = "why4", length = MAX_WHY)
    private String why4;

    @Column(name = "why5", length = MAX_WHY)
    private String why5;

    @Column(name = "root_cause", length = MAX_TEXT)
    private String rootCause;

    @Column(name = "analysed_by", length = 64)
    private String analysedBy;

    @Column(name = "plan_text", length = MAX_TEXT)
    private String plan;

    @Column(length = 64)
    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "planned_by", length = 64)
    private String plannedBy;

    @Column(name = "plan_approved_by", length = 64)
    private String planApprovedBy;

    @Column(name = "plan_approved_at")
    private Instant planApprovedAt;

    @Column(length = MAX_TEXT)
    private String implementation;

    @Column(name = "implemented_by", length = 64)
    private String implementedBy;

    @Column(name = "implemented_at")
    private Instant implementedAt;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification", length = MAX_TEXT)
    private String verification;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "corrective_action_history", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "line_no")
    private List<HistoryEntry> history = new ArrayList<>();

    protected CorrectiveAction() {
    }

    /** A new action for a nonconformity just raised; its first step is the correction. */
    public CorrectiveAction(String actionNo, NonconformityRaised raised, String departmentCode, Instant now) {
        Objects.requireNonNull(raised, "raised");
        this.actionNo = actionNo;
        this.source = Objects.requireNonNull(raised.source(), "source");
        this.sourceId = raised.sourceId();
        this.sourceReference = required(raised.sourceReference(), "corrective.field.sourceReference", 100);
        this.grade = Objects.requireNonNull(raised.grade(), "grade");
        this.departmentId = raised.departmentId();
        this.departmentCode = departmentCode;
        this.requirement = raised.requirement() == null || raised.requirement().isBlank() ? null : raised.requirement().strip();
        this.description = required(raised.description(), "corrective.field.description", MAX_TEXT);
        this.raisedBy = raised.raisedBy();
        this.raisedOn = raised.raisedOn() == null ? LocalDate.now() : raised.raisedOn();
        this.externalDeadline = raised.deadline();
        this.state = ActionState.CORRECTION;
        log(now, raisedBy, "RAISED", description);
    }

    // ---------------------------------------------------------------- the steps

    public void recordCorrection(String username, String text, Instant now) {
        requireState(ActionState.CORRECTION);
        correction = required(text, "corrective.field.correction", MAX_TEXT);
        correctedBy = username;
        state = ActionState.ROOT_CAUSE;
        log(now, username, "CORRECTED", correction);
    }

    /** The why-why analysis: one to five whys, each answering the one before, and the root cause they lead to. */
    public void analyse(String username, List<String> whys, String cause, Instant now) {
        requireState(ActionState.ROOT_CAUSE);
        List<String> given = whys == null ? List.of()
                : whys.stream().filter(w -> w != null && !w.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            throw IsmsException.invalid("corrective.whys.required");
        }
        if (given.size() > MAX_WHYS) {
            throw IsmsException.invalid("corrective.whys.tooMany", MAX_WHYS);
        }
        if (given.stream().anyMatch(w -> w.length() > MAX_WHY)) {
            throw IsmsException.invalid("corrective.field.tooLong", "corrective.field.why", MAX_WHY);
        }
        String root = required(cause, "corrective.field.rootCause", MAX_TEXT);
        why1 = given.get(0);
        why2 = given.size() > 1 ? given.get(1) : null;
        why3 = given.size() > 2 ? given.get(2) : null;
        why4 = given.size() > 3 ? given.get(3) : null;
        why5 = given.size() > 4 ? given.get(4) : null;
        rootCause = root;
        analysedBy = username;
        state = ActionState.PLANNING;
        log(now, username, "ANALYSED", root);
    }

    /**
     * The plan against the root cause, its owner and due date. A due date in the past helps nobody; one after the
     * certification body's deadline would miss it.
     */
    public void plan(String username, String text, String ownerUsername, LocalDate due, LocalDate today, Instant now) {
        requireState(ActionState.PLANNING);
        String planText = required(text, "corrective.field.plan", MAX_TEXT);
        String who = required(ownerUsername, "corrective.field.owner", 64);
        if (due == null) {
            throw IsmsException.invalid("corrective.field.required", "corrective.field.dueDate");
        }
        if (due.isBefore(today)) {
            throw IsmsException.invalid("corrective.dueDate.past", due);
        }
        if (externalDeadline != null && due.isAfter(externalDeadline)) {
            throw IsmsException.invalid("corrective.dueDate.afterDeadline", due, externalDeadline);
        }
        plan = planText;
        owner = who;
        dueDate = due;
        plannedBy = username;
        state = ActionState.PLAN_APPROVAL;
        log(now, username, "PLANNED", planText);
    }

    public void approvePlan(String username, String comment, Instant now) {
        requireState(ActionState.PLAN_APPROVAL);
        planApprovedBy = username;
        planApprovedAt = now;
        state = ActionState.IMPLEMENTATION;
        log(now, username, "PLAN_APPROVED", comment);
    }

    public void returnPlan(String username, String comment, Instant now) {
        requireState(ActionState.PLAN_APPROVAL);
        state = ActionState.PLANNING;
        log(now, username, "PLAN_RETURNED", comment);
    }

    /** The owner reports what was done. */
    public void implement(String username, String text, Instant now) {
        requireState(ActionState.IMPLEMENTATION);
        if (!username.equals(owner)) {
            throw IsmsException.forbidden("corrective.notOwner", owner);
        }
        implementation = required(text, "corrective.field.implementation", MAX_TEXT);
        implementedBy = username;
        implementedAt = now;
        state = ActionState.VERIFICATION;
        log(now, username, "IMPLEMENTED", implementation);
    }

    /** The implementation is still open after its due date: noted for the register and the CISO. */
    public void escalate(Instant now) {
        escalatedAt = now;
        log(now, "system", "ESCALATED", owner + " / " + dueDate);
    }

    /** Verified effective by someone who did not implement it: the action closes. */
    public void verifyEffective(String username, String comment, LocalDate today, Instant now) {
        requireVerifier(username);
        verifiedBy = username;
        verifiedAt = now;
        verification = comment == null || comment.isBlank() ? null : comment.strip();
        closedOn = today;
        state = ActionState.CLOSED;
        log(now, username, "VERIFIED", comment);
        log(now, username, "CLOSED", null);
    }

    /** Not effective: back to the plan or to the implementation, with the verifier's reason. */
    public void reopen(String username, String reason, boolean fromPlan, Instant now) {
        requireVerifier(username);
        if (reason == null || reason.isBlank()) {
            throw IsmsException.invalid("corrective.reopen.reasonRequired");
        }
        verifiedBy = username;
        verifiedAt = now;
        verification = reason.strip();
        reopenCount++;
        state = fromPlan ? ActionState.PLANNING : ActionState.IMPLEMENTATION;
        log(now, username, fromPlan ? "REOPENED_PLAN" : "REOPENED_IMPLEMENTATION", reason);
    }

    private void requireVerifier(String username) {
        requireState(ActionState.VERIFICATION);
        if (username.equals(implementedBy)) {
            throw IsmsException.forbidden("corrective.verifier.notImplementer");
        }
    }

    private void requireState(ActionState expected) {
        if (state != expected) {
            throw IsmsException.conflict("corrective.notAtStep", actionNo, expected.messageKey(), state.messageKey());
        }
    }

    private static String required(String value, String fieldKey, int max) {
        if (value == null || value.isBlank()) {
            throw IsmsException.invalid("corrective.field.required", fieldKey);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw IsmsException.invalid("corrective.field.tooLong", fieldKey, max);
        }
        return text;
    }

    private void log(Instant now, String actor, String event, String note) {
        history.add(new HistoryEntry(now, actor == null ? "-" : actor, event, note));
    }

    // ---------------------------------------------------------------- derived facts

    public boolean isClosed() {
        return state == ActionState.CLOSED;
    }

    /** Open and past its due date: the due day itself is still in time. */
    public boolean overdue(LocalDate today) {
        return !isClosed() && dueDate != null && dueDate.isBefore(today);
    }

    /** Days from being raised to closure, or to today while open. */
    public long ageDays(LocalDate today) {
        return ChronoUnit.DAYS.between(raisedOn, isClosed() && closedOn != null ? closedOn : today);
    }

    public List<String> whys() {
        List<String> all = new ArrayList<>();
        for (String why : new String[] { why1, why2, why3, why4, why5 }) {
            if (why != null) {
                all.add(why);
            }
        }
        return all;
    }

    /** SHA-256 of what a decision is about: the nonconformity and the work recorded so far. */
    public String contentSha256() {
        return ContentHash.sha256(java.util.stream.Stream.of(actionNo, source.name(), sourceReference, grade.name(),
                description, correction, String.join("\u001e", whys()), rootCause, plan, owner, String.valueOf(dueDate),
                implementation).map(v -> v == null ? "" : v).collect(Collectors.joining("\u001f")));
    }

    public String getActionNo() {
        return actionNo;
    }

    public NonconformitySource getSource() {
        return source;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public NonconformityGrade getGrade() {
        return grade;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRequirement() {
        return requirement;
    }

    public String getDescription() {
        return description;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public LocalDate getExternalDeadline() {
        return externalDeadline;
    }

    public ActionState getState() {
        return state;
    }

    public String getCorrection() {
        return correction;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getAnalysedBy() {
        return analysedBy;
    }

    public String getPlan() {
        return plan;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public String getPlanApprovedBy() {
        return planApprovedBy;
    }

    public Instant getPlanApprovedAt() {
        return planApprovedAt;
    }

    public String getImplementation() {
        return implementation;
    }

    public String getImplementedBy() {
        return implementedBy;
    }

    public Instant getImplementedAt() {
        return implementedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerification() {
        return verification;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }
}
