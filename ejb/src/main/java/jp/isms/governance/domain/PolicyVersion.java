package jp.isms.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.isms.shared.domain.ApprovableVersion;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/** One version of the information security policy (情報セキュリティ方針); top management approves it. */
@Entity
@Table(name = "policy_version")
public class PolicyVersion extends ApprovableVersion {

    static final int TITLE = 200;
    static final int BODY = 20000;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = BODY)
    private String body;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    protected PolicyVersion() {
    }

    public PolicyVersion(int versionNo, PolicyText text) {
        super(versionNo);
        store(text);
    }

    /** What a policy version says. */
    public record PolicyText(String title, String body, LocalDate effectiveDate) implements java.io.Serializable {
    }

    public void revise(PolicyText text) {
        requireEditable();
        store(text);
    }

    /** Version n+1 as a draft with the given text, for changing this approved version. */
    public PolicyVersion nextVersion(PolicyText text) {
        return new PolicyVersion(nextVersionNo(), text);
    }

    public PolicyText text() {
        return new PolicyText(title, body, effectiveDate);
    }

    private void store(PolicyText text) {
        if (text == null) {
            throw IsmsException.invalid("validation.required", "policy.title");
        }
        title = Texts.required(text.title(), "policy.title", TITLE);
        body = Texts.required(text.body(), "policy.body", BODY);
        effectiveDate = text.effectiveDate();
    }

    /** A policy takes effect on a date everyone can be told. */
    @Override
    protected void checkSubmittable() {
        if (effectiveDate == null) {
            throw IsmsException.invalid("validation.required", "policy.effectiveDate");
        }
    }

    @Override
    protected String canonicalContent() {
        return "title\t" + title + "\neffective\t" + (effectiveDate == null ? "" : effectiveDate) + "\nbody\t" + body;
    }

    @Override
    protected String messagePrefix() {
        return "policy";
    }

    public String getTitle() {
        return title;
    }
}
