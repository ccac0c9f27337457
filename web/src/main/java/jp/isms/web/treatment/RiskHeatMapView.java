package jp.isms.web.treatment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import jp.isms.risk.application.HeatMaps;
import jp.isms.risk.application.RiskTreatment;
import jp.isms.shared.application.PageRequest;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The register's two heat maps and the cell the user clicked: the register's query then carries that cell's
 * likelihood and impact as filters, so the database does the filtering.
 */
@Named
@ViewScoped
public class RiskHeatMapView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INHERENT = "inherent";
    static final String RESIDUAL = "residual";

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskTreatment treatment;

    private Long assessmentId;
    private HeatMaps maps;
    private String kind;
    private int likelihood;
    private int impact;

    /** The maps of that assessment version, counted again whenever the shown version changes or data changed. */
    public HeatMaps maps(Long id) {
        if (id != null && (maps == null || !id.equals(assessmentId))) {
            assessmentId = id;
            maps = null;
            Ui.attempt(() -> maps = treatment.heatMaps(currentUser.actor(), id));
        }
        return maps;
    }

    /** After an edit: count again at the next rendering. */
    public void refresh() {
        maps = null;
    }

    public void select(String which, int cellLikelihood, int cellImpact) {
        kind = RESIDUAL.equals(which) ? RESIDUAL : INHERENT;
        likelihood = cellLikelihood;
        impact = cellImpact;
    }

    public void clear() {
        kind = null;
    }

    /** The register's request with the selected cell added. */
    public PageRequest filter(PageRequest request) {
        if (kind == null) {
            return request;
        }
        Map<String, String> filters = new HashMap<>(request.filters());
        filters.put(kind.equals(RESIDUAL) ? "residualLikelihood" : "likelihood", Integer.toString(likelihood));
        filters.put(kind.equals(RESIDUAL) ? "residualImpact" : "impact", Integer.toString(impact));
        return new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters);
    }

    public boolean selected(String which, int cellLikelihood, int cellImpact) {
        return which.equals(kind) && likelihood == cellLikelihood && impact == cellImpact;
    }

    public String cellTitle(jp.isms.risk.domain.HeatMap.Cell cell) {
        return Ui.text("heatmap.cellTitle", cell.likelihood(), cell.impact(), cell.count());
    }

    public boolean isFiltering() {
        return kind != null;
    }

    public String getFilterText() {
        return kind == null ? "" : Ui.text("heatmap.filtered", Ui.text("treatment." + kind), likelihood, impact);
    }
}
