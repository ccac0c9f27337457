package jp.isms.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.isms.audit.application.AuditDocuments;
import jp.isms.audit.application.AuditService;
import jp.isms.audit.application.AuditViews;
import jp.isms.organisation.domain.Role;
import jp.isms.report.application.ReportHeaders;
import jp.isms.web.faces.Download;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.model.StreamedContent;

/** The audit programme of a year: what it audits, and the coverage of the three-year cycle with its gaps. */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audits;

    @Inject
    AuditDocuments documents;

    private Integer year;
    private AuditViews.Programme programme;
    private List<String> selected = new ArrayList<>();

    public void load() {
        if (year == null) {
            year = LocalDate.now(ReportHeaders.ZONE).getYear();
        }
        Ui.attempt(() -> {
            programme = audits.programme(currentUser.actor(), year);
            selected = new ArrayList<>(programme.requirements());
        });
    }

    public void save() {
        if (Ui.attempt(() -> programme = audits.saveProgramme(currentUser.actor(), year, selected))) {
            Ui.info("audit.programme.saved");
        }
    }

    public StreamedContent getPdf() {
        return Download.of(documents.programmePdf(currentUser.actor(), year), Download.PDF,
                AuditDocuments.programmeFileName(year));
    }

    public boolean isPlanner() {
        var actor = currentUser.actor();
        return actor.has(Role.INTERNAL_AUDITOR) || actor.has(Role.ISMS_OFFICE) || actor.has(Role.CISO);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public AuditViews.Programme getProgramme() {
        return programme;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected;
    }
}
