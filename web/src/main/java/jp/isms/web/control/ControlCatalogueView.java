package jp.isms.web.control;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.control.application.ClauseRow;
import jp.isms.control.application.ControlCatalogueQueries;
import jp.isms.control.application.ControlRow;
import jp.isms.web.faces.Ui;

/**
 * Reads the catalogue once per view in the user's language. It is reference data held in memory
 * (93 controls, 34 clauses), so the table pages and filters it on the client.
 */
@Named
@ViewScoped
public class ControlCatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ControlCatalogueQueries catalogue;

    private List<ControlRow> controls;
    private List<ClauseRow> clauses;

    public List<ControlRow> getControls() {
        if (controls == null) {
            controls = catalogue.controls(Ui.locale());
        }
        return controls;
    }

    public List<ClauseRow> getClauses() {
        if (clauses == null) {
            clauses = catalogue.clauses(Ui.locale());
        }
        return clauses;
    }

    public long getNewIn2022() {
        return getControls().stream().filter(ControlRow::newIn2022).count();
    }
}
