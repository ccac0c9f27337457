package jp.isms.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.isms.certification.domain.PlannedAudit;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/** One audit of a cycle: when it is planned, when preparation starts, and how it ended. */
@Entity
@Table(name = "cycle_audit")
public class CycleAudit extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id", nullable = false, updatable = false)
    private Cycle cycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_kind", nullable = false, updatable = false)
    private CycleAuditKind kind;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @Column(name = "preparation_start")
    private LocalDate preparationStart;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditStatus status;

    @Column(name = "audit_id")
    private Long auditId;

    @Column(name = "scope_version_id", updatable = false)
    private Long scopeVersionId;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected CycleAudit() {
        // for JPA
    }

    CycleAudit(Cycle cycle, PlannedAudit planned) {
        this.cycle = cycle;
        this.kind = CycleAuditKind.of(planned.kind());
        this.plannedDate = planned.plannedDate();
        this.preparationStart = planned.preparationStart();
        this.dueDate = planned.dueDate();
        this.status = AuditStatus.PLANNED;
    }

    static CycleAudit scopeChange(Cycle cycle, long scopeVersionId) {
        CycleAudit audit = new CycleAudit();
        audit.cycle = cycle;
        audit.kind = CycleAuditKind.SCOPE_CHANGE;
        audit.scopeVersionId = scopeVersionId;
        audit.status = AuditStatus.PREPARING;
        return audit;
    }

    public void startPreparation() {
        if (status == AuditStatus.PLANNED) {
            status = AuditStatus.PREPARING;
        }
    }

    /** The date agreed with the body: a scope-change audit's first date, or a re-audit's. */
    public void scheduleOn(LocalDate date) {
        if (date == null) {
            throw IsmsException.invalid("validation.required", "certification.plannedDate");
        }
        if (status == AuditStatus.RECOMMENDED) {
            throw IsmsException.conflict("cycle.audit.alreadyPassed", kind.name());
        }
        this.plannedDate = date;
        if (kind == CycleAuditKind.SCOPE_CHANGE || dueDate == null || dueDate.isBefore(date)) {
            this.dueDate = date;
        }
    }

    /** The outcome the certification-audit process returned. */
    public void recordOutcome(Long auditId, String outcome) {
        this.auditId = auditId;
        this.status = "RECOMMENDED".equals(outcome) ? AuditStatus.RECOMMENDED : AuditStatus.NOT_RECOMMENDED;
    }

    public Cycle getCycle() {
        return cycle;
    }

    public CycleAuditKind getKind() {
        return kind;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDate getPreparationStart() {
        return preparationStart;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public Long getAuditId() {
        return auditId;
    }

    public Long getScopeVersionId() {
        return scopeVersionId;
    }
}
