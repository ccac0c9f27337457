package jp.isms.rule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One of the company's rules (規程・手順書), such as ISMS-R-03 アクセス管理規程. A rule is retired rather
 * than deleted, because audit records and old mappings keep naming it.
 */
@Entity
@Table(name = "internal_rule")
public class InternalRule extends Identified {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");
    static final int MAX_TITLE = 200;

    @Column(name = "rule_no", nullable = false, updatable = false)
    private String ruleNo;

    @Column(nullable = false)
    private String title;

    @Column(name = "owner_department")
    private String ownerDepartment;

    @Column(nullable = false)
    private String revision;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(nullable = false)
    private boolean retired;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected InternalRule() {
        // for JPA
    }

    public InternalRule(String ruleNo, RuleChange values) {
        this.ruleNo = checkNumber(ruleNo);
        apply(values);
    }

    /** The rule number as it will be stored: trimmed, upper case, letters, digits, dot, dash, underscore. */
    public static String checkNumber(String ruleNo) {
        if (ruleNo == null || ruleNo.isBlank()) {
            throw IsmsException.invalid("validation.required", "rule.ruleNo");
        }
        String number = ruleNo.strip().toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(number).matches()) {
            throw IsmsException.invalid("rule.ruleNo.format", ruleNo.strip());
        }
        return number;
    }

    public void apply(RuleChange values) {
        if (values == null || values.title() == null || values.title().isBlank()) {
            throw IsmsException.invalid("validation.required", "rule.title");
        }
        if (values.title().strip().length() > MAX_TITLE) {
            throw IsmsException.invalid("validation.tooLong", "rule.title", MAX_TITLE);
        }
        if (values.revision() == null || values.revision().isBlank()) {
            throw IsmsException.invalid("validation.required", "rule.revision");
        }
        if (values.revision().strip().length() > 20) {
            throw IsmsException.invalid("validation.tooLong", "rule.revision", 20);
        }
        this.title = values.title().strip();
        this.ownerDepartment = values.ownerDepartment() == null || values.ownerDepartment().isBlank() ? null
                : values.ownerDepartment().strip().toUpperCase(Locale.ROOT);
        this.revision = values.revision().strip();
        this.effectiveOn = values.effectiveOn();
    }

    public void retire() {
        this.retired = true;
    }

    public void reinstate() {
        this.retired = false;
    }

    public String getRuleNo() {
        return ruleNo;
    }

    public String getTitle() {
        return title;
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public String getRevision() {
        return revision;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
