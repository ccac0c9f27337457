package jp.isms.certification.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One audit by the certification body (認証審査): the initial audit with its two stages, or an audit of the
 * cycle. It holds the body's findings and the stage 2 interview schedule, and moves through {@link AuditStatus}
 * as the process {@code certification-audit} goes on. Findings are recorded while the audit is under way and
 * never after its outcome.
 */
@Entity
@Table(name = "cert_audit")
public class Audit extends Identified {

    @Column(nullable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditType kind;

    @Column(name = "cycle_number")
    private Integer cycleNumber;

    @Column(name = "scope_version_id")
    private Long scopeVersionId;

    @ManyToOne
    @JoinColumn(name = "body_id")
    private CertificationBody body;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "stage1_date")
    private LocalDate stage1Date;

    @Column(name = "stage2_date")
    private LocalDate stage2Date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage2_result")
    private Stage2Result stage2Result;

    @Column(name = "correction_deadline")
    private LocalDate correctionDeadline;

    @Column(name = "process_instance")
    private String processInstance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<Finding> findings = new ArrayList<>();

    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<Interview> interviews = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Audit() {
    }

    public Audit(String reference, AuditType kind, LocalDate plannedDate, Integer cycleNumber, Long scopeVersionId,
            CertificationBody body) {
        Dates.require(plannedDate, "certification.plannedDate");
        this.reference = reference;
        this.kind = kind;
        this.plannedDate = plannedDate;
        this.cycleNumber = cycleNumber;
        this.scopeVersionId = scopeVersionId;
        this.body = body;
        this.status = AuditStatus.APPLIED;
        this.createdAt = Instant.now();
    }

    public void startedAs(String processInstanceId) {
        this.processInstance = processInstanceId;
    }

    public void refuse() {
        requireStatus(AuditStatus.APPLIED);
        status = AuditStatus.REFUSED;
    }

    /** Stage 1 held on {@code date}: its findings are in. */
    public void stage1Held(LocalDate date) {
        requireStatus(AuditStatus.APPLIED);
        if (!kind.hasStage1()) {
            throw IsmsException.conflict("certification.audit.noStage1", reference);
        }
        stage1Date = Dates.require(date, "certification.stage1Date");
        status = AuditStatus.STAGE1_DONE;
    }

    /** Stage 2 (or the cycle audit) scheduled for {@code date}; a re-audit schedules it again. */
    public void scheduleStage2(LocalDate date) {
        boolean ready = status == (kind.hasStage1() ? AuditStatus.STAGE1_DONE : AuditStatus.APPLIED)
                || status == AuditStatus.NOT_RECOMMENDED || status == AuditStatus.STAGE2_SCHEDULED;
        if (!ready) {
            throw IsmsException.conflict("certification.audit.wrongStatus", reference, status.messageKey());
        }
        stage2Date = Dates.require(date, "certification.stage2Date");
        stage2Result = null;
        status = AuditStatus.STAGE2_SCHEDULED;
    }

    public Interview addInterview(LocalDateTime startsAt, Department department, String preparer, String topic) {
        requireStatus(AuditStatus.STAGE2_SCHEDULED);
        Interview interview = new Interview(this, startsAt, department, preparer, topic);
        interviews.add(interview);
        return interview;
    }

    public void removeInterview(long interviewId) {
        requireStatus(AuditStatus.STAGE2_SCHEDULED);
        interviews.removeIf(i -> i.getId() != null && i.getId() == interviewId);
    }

    /** The body's finding at the stage under way. */
    public Finding addFinding(FindingGrade grade, String requirement, Department department, String bodyText,
            LocalDate deadline, String recordedBy, LocalDate recordedOn) {
        int stage = currentStage();
        if (grade.nonconformity().isPresent() && deadline == null) {
            throw IsmsException.invalid("certification.finding.deadlineRequired");
        }
        Finding finding = new Finding(this, stage, findings.size() + 1, grade, requirement, department, bodyText,
                deadline, recordedBy, recordedOn);
        findings.add(finding);
        return finding;
    }

    private int currentStage() {
        if (status == AuditStatus.APPLIED && kind.hasStage1()) {
            return 1;
        }
        if (status == AuditStatus.STAGE2_SCHEDULED) {
            return 2;
        }
        throw IsmsException.conflict("certification.finding.notNow", reference, status.messageKey());
    }

    /**
     * The body's conclusion. A recommendation with open nonconformities is refused (they have to be recorded as
     * "recommended once corrected"); "once corrected" needs at least one minor and the body's deadline; "not
     * recommended" is what major nonconformities lead to.
     */
    public void recordResult(Stage2Result result, LocalDate deadline) {
        requireStatus(AuditStatus.STAGE2_SCHEDULED);
        List<Finding> stage2 = findings.stream().filter(f -> f.getStage() == 2).toList();
        boolean majors = stage2.stream().anyMatch(f -> f.getGrade() == FindingGrade.MAJOR);
        boolean minors = stage2.stream().anyMatch(f -> f.getGrade() == FindingGrade.MINOR);
        switch (result) {
            case RECOMMENDED -> {
                if (majors || minors) {
                    throw IsmsException.invalid("certification.result.openNonconformities");
                }
            }
            case MINOR_CORRECTIONS -> {
                if (majors || !minors) {
                    throw IsmsException.invalid("certification.result.minorsOnly");
                }
                correctionDeadline = Dates.require(deadline, "certification.correctionDeadline");
            }
            case NOT_RECOMMENDED -> {
                // a body may refuse for reasons it wrote as observations too: no check
            }
        }
        stage2Result = result;
    }

    /** The process applies the recorded result (its service task after the office's task). */
    public void applyResult() {
        if (stage2Result == null) {
            throw IsmsException.invalid("certification.result.missing");
        }
        status = switch (stage2Result) {
            case RECOMMENDED -> AuditStatus.RECOMMENDED;
            case MINOR_CORRECTIONS -> AuditStatus.AWAITING_CORRECTIONS;
            case NOT_RECOMMENDED -> AuditStatus.NOT_RECOMMENDED;
        };
    }

    public void recommend() {
        if (status != AuditStatus.STAGE2_SCHEDULED && status != AuditStatus.AWAITING_CORRECTIONS
                && status != AuditStatus.RECOMMENDED) {
            throw IsmsException.conflict("certification.audit.wrongStatus", reference, status.messageKey());
        }
        status = AuditStatus.RECOMMENDED;
    }

    public void certificateIssued() {
        requireStatus(AuditStatus.RECOMMENDED);
        status = AuditStatus.CERTIFICATE_ISSUED;
    }

    /** Minor nonconformities of stage 2 whose corrective action is not closed yet. */
    public boolean hasOpenMinors() {
        return findings.stream().anyMatch(f -> f.getStage() == 2 && f.getGrade() == FindingGrade.MINOR && !f.isCorrected());
    }

    public Optional<Finding> finding(long findingId) {
        return findings.stream().filter(f -> f.getId() != null && f.getId() == findingId).findFirst();
    }

    private void requireStatus(AuditStatus expected) {
        if (status != expected) {
            throw IsmsException.conflict("certification.audit.wrongStatus", reference, status.messageKey());
        }
    }

    /** The day the audit is (or was) held: stage 2's date, else stage 1's, else the planned date. */
    public LocalDate auditDate() {
        return stage2Date != null ? stage2Date : stage1Date != null ? stage1Date : plannedDate;
    }

    public boolean isFinished() {
        return switch (status) {
            case REFUSED, RECOMMENDED, CERTIFICATE_ISSUED -> true;
            default -> false;
        };
    }

    public String getReference() {
        return reference;
    }

    public AuditType getKind() {
        return kind;
    }

    public Integer getCycleNumber() {
        return cycleNumber;
    }

    public Long getScopeVersionId() {
        return scopeVersionId;
    }

    public CertificationBody getBody() {
        return body;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDate getStage1Date() {
        return stage1Date;
    }

    public LocalDate getStage2Date() {
        return stage2Date;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public Stage2Result getStage2Result() {
        return stage2Result;
    }

    public LocalDate getCorrectionDeadline() {
        return correctionDeadline;
    }

    public String getProcessInstance() {
        return processInstance;
    }

    public List<Finding> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    public List<Interview> getInterviews() {
        return Collections.unmodifiableList(interviews);
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
