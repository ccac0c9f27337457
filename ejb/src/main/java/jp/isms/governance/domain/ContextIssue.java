package jp.isms.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/**
 * An internal or external issue that affects the ISMS's intended outcome (4.1), e.g. 「管理部門の人員が
 * 不足している」 (internal) or 「自然災害による業務の停止」 (external).
 */
@Entity
@Table(name = "context_issue")
public class ContextIssue extends Identified {

    @Column(name = "issue_text", nullable = false, length = 1000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssueKind kind;

    private String category;

    @Column(length = 1000)
    private String impact;

    @Column(name = "department_code")
    private String departmentCode;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ContextIssue() {
    }

    public ContextIssue(IssueChange values) {
        apply(values);
    }

    /** What the ISMS office enters for one issue. */
    public record IssueChange(String text, IssueKind kind, String category, String impact, String departmentCode,
            LocalDate lastReviewed) {
    }

    public void apply(IssueChange values) {
        if (values == null || values.kind() == null) {
            throw IsmsException.invalid("validation.required", "context.issue.kind");
        }
        text = Texts.required(values.text(), "context.issue.text", 1000);
        kind = values.kind();
        category = Texts.optional(values.category(), "context.issue.category", 100);
        impact = Texts.optional(values.impact(), "context.issue.impact", 1000);
        departmentCode = Texts.optional(values.departmentCode(), "context.issue.department", 32);
        lastReviewed = values.lastReviewed();
    }

    public String getText() {
        return text;
    }

    public IssueKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public String getImpact() {
        return impact;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
