package jp.isms.web.soa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.control.domain.ControlTheme;
import jp.isms.organisation.domain.Role;
import jp.isms.soa.application.SoaDocuments;
import jp.isms.soa.application.SoaRow;
import jp.isms.soa.application.SoaService;
import jp.isms.soa.application.SoaView;
import jp.isms.soa.domain.ImplementationStatus;
import jp.isms.web.faces.Download;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.model.StreamedContent;

/** One version of the Statement of Applicability (by default the newest): its 93 lines, filters and files. */
@Named
@ViewScoped
public class SoaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    SoaService statements;

    @Inject
    SoaDocuments documents;

    private Integer version;
    private SoaView statement;
    private PagedModel<SoaRow> entries;
    private String submissionComment;

    public void load() {
        Ui.attempt(() -> {
            statement = statements.view(currentUser.actor(), version).orElse(null);
            if (statement != null) {
                long id = statement.id();
                entries = new PagedModel<>(request -> statements.entries(currentUser.actor(), id, request),
                        SoaRow::controlId, "controlId", true);
            }
        });
    }

    /** After an edit: show the version that was changed (a new one, if the shown one was frozen). */
    public void show(Integer changedVersion) {
        version = changedVersion;
        load();
    }

    public void submit() {
        if (statement != null && Ui.attempt(() -> statements.submit(currentUser.actor(), submissionComment))) {
            Ui.info("soa.submitted", statement.version());
            submissionComment = null;
            load();
        }
    }

    public StreamedContent getPdf() {
        return Download.of(documents.pdf(currentUser.actor(), statement.version()), Download.PDF,
                SoaDocuments.fileName(statement.version(), "pdf"));
    }

    public StreamedContent getXlsx() {
        return Download.of(documents.xlsx(currentUser.actor(), statement.version()), Download.XLSX,
                SoaDocuments.fileName(statement.version(), "xlsx"));
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public boolean isSubmittable() {
        return isOffice() && statement != null && statement.status().editable() && !statement.approvalRunning()
                && isLatest();
    }

    /** The office edits the newest version; editing an approved one starts the next version. */
    public boolean isEditable() {
        return isOffice() && (statement == null
                || (isLatest() && (statement.status().editable() || statement.status().frozen())));
    }

    private boolean isLatest() {
        List<Integer> versions = statement.versions();
        return versions.isEmpty() || versions.get(versions.size() - 1) == statement.version();
    }

    public List<ControlTheme> getThemes() {
        return List.of(ControlTheme.values());
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    public String title(SoaRow row) {
        return "en".equals(Ui.locale().getLanguage()) ? row.titleEn() : row.titleJa();
    }

    public String themeOf(SoaRow row) {
        return ControlTheme.ofCode(row.theme()).map(this::themeTitle).orElse(row.theme());
    }

    public String risks(SoaRow row) {
        return String.join(", ", row.riskNos());
    }

    public String getCounts() {
        return statement == null ? "" : Ui.text("soa.countsValue", statement.applicableCount(), statement.excludedCount());
    }

    public void create() {
        if (Ui.attempt(() -> statements.create(currentUser.actor()))) {
            show(null);
        }
    }

    public String themeTitle(ControlTheme theme) {
        return theme.titleIn(Ui.locale());
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public SoaView getStatement() {
        return statement;
    }

    public PagedModel<SoaRow> getEntries() {
        return entries;
    }

    public String getSubmissionComment() {
        return submissionComment;
    }

    public void setSubmissionComment(String submissionComment) {
        this.submissionComment = submissionComment;
    }
}
