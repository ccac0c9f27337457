package jp.isms.web.corrective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.isms.corrective.application.ActionView;
import jp.isms.corrective.application.CorrectiveActionReport;
import jp.isms.corrective.application.CorrectiveActions;
import jp.isms.web.faces.Download;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.model.StreamedContent;

/** One corrective action: the nonconformity, every step's work, the history, the open steps and the report. */
@Named
@ViewScoped
public class CorrectiveActionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CorrectiveActions actions;

    @Inject
    CorrectiveActionReport report;

    private Long id;
    private ActionView action;

    public void load() {
        Ui.attempt(() -> action = id == null ? null : actions.view(currentUser.actor(), id));
    }

    public StreamedContent getPdf() {
        return Download.of(report.pdf(currentUser.actor(), action.id()), Download.PDF,
                CorrectiveActionReport.fileName(action.actionNo()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActionView getAction() {
        return action;
    }
}
