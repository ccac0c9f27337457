package jp.isms.web.task;

import static jp.isms.processes.ManagementAuthorisation.VAR_AUTHORISATION_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.authorisation.application.AuthorisationService;
import jp.isms.authorisation.application.AuthorisationView;
import jp.isms.workflow.application.TaskActions;

/** The form of {@code management-authorisation}'s task: the request and its attached documents. */
@Named
@ViewScoped
public class AuthorisationTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorisationService authorisations;

    private AuthorisationView request;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        request = authorisations.view(currentUser.actor(), ((Number) task.variables().get(VAR_AUTHORISATION_ID)).longValue());
    }

    public AuthorisationView getRequest() {
        return request;
    }
}
