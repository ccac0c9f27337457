package jp.isms.web.scope;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.isms.governance.application.DocumentView;
import jp.isms.organisation.domain.Role;
import jp.isms.scope.application.ScopeDocuments;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.web.faces.Redirect;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** One scope version (by default the newest), its versions and decisions; the office edits and submits. */
@Named
@ViewScoped
public class ScopePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ScopeDocuments scopes;

    private Long id;
    private DocumentView<ScopeContent> scope;
    private String submissionComment;

    public void load() {
        Ui.attempt(() -> scope = id == null ? scopes.newest(currentUser.actor()).orElse(null)
                : scopes.view(currentUser.actor(), id));
    }

    public void createFirst() {
        if (Ui.attempt(() -> scope = scopes.create(currentUser.actor(), null))) {
            Redirect.to("/app/scope/edit.xhtml?id=" + scope.id());
        }
    }

    public void submit() {
        if (scope != null && Ui.attempt(() -> scopes.submit(currentUser.actor(), scope.id(), submissionComment))) {
            Ui.info("scope.submitted", scope.versionNo());
            submissionComment = null;
            load();
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DocumentView<ScopeContent> getScope() {
        return scope;
    }

    public String getSubmissionComment() {
        return submissionComment;
    }

    public void setSubmissionComment(String submissionComment) {
        this.submissionComment = submissionComment;
    }
}
