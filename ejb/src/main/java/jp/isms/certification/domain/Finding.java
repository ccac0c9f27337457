package jp.isms.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.Texts;

/** One finding of the body, in its own words, with the deadline it set; corrected when its corrective action closes. */
@Entity
@Table(name = "cert_finding")
public class Finding extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "audit_id")
    private Audit audit;

    @Column(nullable = false)
    private int stage;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingGrade grade;

    private String requirement;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    private LocalDate deadline;

    @Column(name = "corrected_on")
    private LocalDate correctedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected Finding() {
    }

    Finding(Audit audit, int stage, int lineNo, FindingGrade grade, String requirement, Department department,
            String bodyText, LocalDate deadline, String recordedBy, LocalDate recordedOn) {
        this.audit = audit;
        this.stage = stage;
        this.lineNo = lineNo;
        this.grade = java.util.Objects.requireNonNull(grade);
        this.requirement = Texts.optional(requirement, "certification.finding.requirement", 20);
        this.department = department;
        this.bodyText = Texts.required(bodyText, "certification.finding.text", 4000);
        this.deadline = deadline;
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
    }

    public void corrected(LocalDate on) {
        if (correctedOn == null) {
            correctedOn = on;
        }
    }

    /** What people read: {@code CB-2026-INITIAL / 2}. */
    public String reference() {
        return audit.getReference() + " / " + lineNo;
    }

    public boolean isCorrected() {
        return correctedOn != null;
    }

    public Audit getAudit() {
        return audit;
    }

    public int getStage() {
        return stage;
    }

    public int getLineNo() {
        return lineNo;
    }

    public FindingGrade getGrade() {
        return grade;
    }

    public String getRequirement() {
        return requirement;
    }

    public Department getDepartment() {
        return department;
    }

    public String getBodyText() {
        return bodyText;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getCorrectedOn() {
        return correctedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }
}
