package jp.isms.web.task;

import static jp.isms.processes.SoaApproval.VAR_SOA_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.soa.application.SoaDocuments;
import jp.isms.soa.application.SoaRow;
import jp.isms.soa.application.SoaService;
import jp.isms.soa.application.SoaView;
import jp.isms.web.faces.Download;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.workflow.application.TaskActions;
import org.primefaces.model.StreamedContent;

/** The form of both {@code soa-approval} tasks: the submitted statement, its PDF, its history, the decision. */
@Named
@ViewScoped
public class SoaTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    SoaService statements;

    @Inject
    SoaDocuments documents;

    private SoaView statement;
    private PagedModel<SoaRow> entries;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        long id = ((Number) task.variables().get(VAR_SOA_ID)).longValue();
        statement = statements.byId(currentUser.actor(), id);
        entries = new PagedModel<>(request -> statements.entries(currentUser.actor(), id, request), SoaRow::controlId,
                "controlId", true);
    }

    public StreamedContent getPdf() {
        return Download.of(documents.pdf(currentUser.actor(), statement.version()), Download.PDF,
                SoaDocuments.fileName(statement.version(), "pdf"));
    }

    public String title(SoaRow row) {
        return "en".equals(Ui.locale().getLanguage()) ? row.titleEn() : row.titleJa();
    }

    public SoaView getStatement() {
        return statement;
    }

    public PagedModel<SoaRow> getEntries() {
        return entries;
    }
}
