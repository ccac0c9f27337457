package jp.isms.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One audited department and the auditor who audits it (the only one who may record its results). */
@Embeddable
public class AuditAssignment {

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    @Column(name = "auditor_username", nullable = false)
    private String auditorUsername;

    protected AuditAssignment() {
    }

    public AuditAssignment(String departmentCode, String auditorUsername) {
        this.departmentCode = departmentCode;
        this.auditorUsername = auditorUsername;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String auditorUsername() {
        return auditorUsername;
    }
}
