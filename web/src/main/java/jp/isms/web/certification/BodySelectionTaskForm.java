package jp.isms.web.certification;

import static jp.isms.processes.CertificationBodySelection.VAR_SELECTION_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.isms.certification.application.BodyRow;
import jp.isms.certification.application.CertificationBodies;
import jp.isms.certification.application.SelectionView;
import jp.isms.web.task.TaskDecisionForm;
import jp.isms.workflow.application.TaskActions;

/** The CISO's and top management's form: the chosen body, the reason, every quote beside it, the decisions. */
@Named
@ViewScoped
public class BodySelectionTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificationBodies bodies;

    private SelectionView selection;
    private List<BodyRow> comparison = List.of();

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        selection = bodies.selection(currentUser.actor(), ((Number) task.variables().get(VAR_SELECTION_ID)).longValue());
        comparison = bodies.comparison(currentUser.actor());
    }

    public SelectionView getSelection() {
        return selection;
    }

    public List<BodyRow> getComparison() {
        return comparison;
    }
}
