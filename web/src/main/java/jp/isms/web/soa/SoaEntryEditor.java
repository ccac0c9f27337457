package jp.isms.web.soa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.isms.soa.application.SoaRow;
import jp.isms.soa.application.SoaService;
import jp.isms.soa.domain.EntryChange;
import jp.isms.soa.domain.ImplementationStatus;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/** The dialog that changes one control's line: applicability, reason, status, risks and rules. */
@Named
@ViewScoped
public class SoaEntryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    SoaService statements;

    @Inject
    SoaPage page;

    private String controlId;
    private String title;
    private boolean applicable;
    private String justification;
    private ImplementationStatus status;
    private String riskNos;
    private String internalRules;

    public void edit(SoaRow row) {
        controlId = row.controlId();
        title = page.title(row);
        applicable = row.applicable();
        justification = row.justification();
        status = row.status() == null ? ImplementationStatus.NOT_IMPLEMENTED : row.status();
        riskNos = String.join(", ", row.riskNos());
        internalRules = String.join("\n", row.internalRules());
    }

    public void save() {
        int[] version = new int[1];
        EntryChange change = new EntryChange(applicable, justification, status, split(riskNos, "[,、\\s]+"),
                split(internalRules, "\\r?\\n"));
        if (Ui.attempt(() -> version[0] = statements.revise(currentUser.actor(), controlId, change))) {
            Ui.info("soa.saved", controlId, version[0]);
            page.show(version[0]);
            PrimeFaces.current().executeScript("PF('entryDialog').hide()");
        }
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.strip().split(separator)).toList();
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    public String getControlId() {
        return controlId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isApplicable() {
        return applicable;
    }

    public void setApplicable(boolean applicable) {
        this.applicable = applicable;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public void setStatus(ImplementationStatus status) {
        this.status = status;
    }

    public String getRiskNos() {
        return riskNos;
    }

    public void setRiskNos(String riskNos) {
        this.riskNos = riskNos;
    }

    public String getInternalRules() {
        return internalRules;
    }

    public void setInternalRules(String internalRules) {
        this.internalRules = internalRules;
    }
}
