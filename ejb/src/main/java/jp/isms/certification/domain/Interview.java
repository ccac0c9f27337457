package jp.isms.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/**
 * One interview of stage 2: a department (its head) or top management (no department), at a local date and
 * time, and who prepares it (gets a task to prepare).
 */
@Entity
@Table(name = "cert_interview")
public class Interview extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "audit_id")
    private Audit audit;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "top_management", nullable = false)
    private boolean topManagement;

    @Column(nullable = false)
    private String preparer;

    private String topic;

    protected Interview() {
    }

    Interview(Audit audit, LocalDateTime startsAt, Department department, String preparer, String topic) {
        if (startsAt == null) {
            throw IsmsException.invalid("validation.required", "certification.interview.startsAt");
        }
        this.audit = audit;
        this.startsAt = startsAt;
        this.department = department;
        this.topManagement = department == null;
        this.preparer = Texts.required(preparer, "certification.interview.preparer", 64);
        this.topic = Texts.optional(topic, "certification.interview.topic", 1000);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public Department getDepartment() {
        return department;
    }

    public boolean isTopManagement() {
        return topManagement;
    }

    public String getPreparer() {
        return preparer;
    }

    public String getTopic() {
        return topic;
    }
}
