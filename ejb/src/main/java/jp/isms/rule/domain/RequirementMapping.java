package jp.isms.rule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * "Clause 9.2 is answered by ISMS-R-08 内部監査規程; the evidence is the audit programme and reports."
 * One rule answers a requirement at most once; the evidence says what an auditor will be shown.
 */
@Entity
@Table(name = "requirement_mapping")
public class RequirementMapping extends Identified {

    static final int MAX_EVIDENCE = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "requirement_kind", nullable = false, updatable = false)
    private RequirementKind kind;

    @Column(name = "requirement_id", nullable = false, updatable = false)
    private String requirementId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_id", nullable = false, updatable = false)
    private InternalRule rule;

    @Column(nullable = false)
    private String evidence;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RequirementMapping() {
        // for JPA
    }

    public RequirementMapping(RequirementKind kind, String requirementId, InternalRule rule, String evidence) {
        if (rule.isRetired()) {
            throw IsmsException.invalid("rule.retired", rule.getRuleNo());
        }
        this.kind = kind;
        this.requirementId = requirementId;
        this.rule = rule;
        describeEvidence(evidence);
    }

    public void describeEvidence(String text) {
        if (text == null || text.isBlank()) {
            throw IsmsException.invalid("validation.required", "rule.evidence");
        }
        if (text.strip().length() > MAX_EVIDENCE) {
            throw IsmsException.invalid("validation.tooLong", "rule.evidence", MAX_EVIDENCE);
        }
        this.evidence = text.strip();
    }

    public RequirementKind getKind() {
        return kind;
    }

    public String getRequirementId() {
        return requirementId;
    }

    public InternalRule getRule() {
        return rule;
    }

    public String getEvidence() {
        return evidence;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
