package jp.isms.web.governance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.isms.governance.application.DocumentView;
import jp.isms.governance.application.PolicyDocuments;
import jp.isms.governance.domain.PolicyVersion.PolicyText;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The information security policy: any version to read; the office writes the newest in place
 * (saving an approved version saves version n+1) and submits it to top management.
 */
@Named
@ViewScoped
public class PolicyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PolicyDocuments policies;

    private Long id;
    private DocumentView<PolicyText> policy;
    private String title;
    private String body;
    private LocalDate effectiveDate;
    private String submissionComment;

    public void load() {
        Ui.attempt(() -> {
            policy = id == null ? policies.newest(currentUser.actor()).orElse(null) : policies.view(currentUser.actor(), id);
            if (policy != null) {
                title = policy.content().title();
                body = policy.content().body();
                effectiveDate = policy.content().effectiveDate();
            }
        });
    }

    /** Saves into the shown version, a new version after an approved one, or version 1 when there is none. */
    public void save() {
        PolicyText text = new PolicyText(title, body, effectiveDate);
        DocumentView<PolicyText>[] saved = new DocumentView[1];
        boolean ok = Ui.attempt(() -> saved[0] = policy == null ? policies.create(currentUser.actor(), text)
                : policies.update(currentUser.actor(), policy.id(), text, policy.lockVersion()));
        if (ok) {
            Ui.info("policy.saved", saved[0].versionNo());
            id = saved[0].id();
            load();
        }
    }

    public void submit() {
        if (policy != null && Ui.attempt(() -> policies.submit(currentUser.actor(), policy.id(), submissionComment))) {
            Ui.info("policy.submitted", policy.versionNo());
            submissionComment = null;
            load();
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    /** The office writes when there is no policy yet or the shown version can take changes. */
    public boolean isWritable() {
        return isOffice() && (policy == null || policy.editable());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DocumentView<PolicyText> getPolicy() {
        return policy;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getSubmissionComment() {
        return submissionComment;
    }

    public void setSubmissionComment(String submissionComment) {
        this.submissionComment = submissionComment;
    }
}
