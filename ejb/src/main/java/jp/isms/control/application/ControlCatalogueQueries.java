package jp.isms.control.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.control.domain.ControlTheme;

/** The controls catalogue for reading: Annex A, by theme, and the clauses, in the reader's language. */
@ApplicationScoped
public class ControlCatalogueQueries {

    @Inject
    ControlCatalogue catalogue;

    protected ControlCatalogueQueries() {
        // for CDI
    }

    public ControlCatalogueQueries(ControlCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The 93 controls in the standard's order. */
    public List<ControlRow> controls(Locale locale) {
        return catalogue.all().stream().map(c -> ControlRow.of(c, catalogue.mappingsTo(c.id()), locale)).toList();
    }

    /** The controls of one theme, in order. */
    public List<ControlRow> controls(ControlTheme theme, Locale locale) {
        return catalogue.byTheme().get(theme).stream()
                .map(c -> ControlRow.of(c, catalogue.mappingsTo(c.id()), locale)).toList();
    }

    public Optional<ControlRow> control(String id, Locale locale) {
        return catalogue.byId(id).map(c -> ControlRow.of(c, catalogue.mappingsTo(c.id()), locale));
    }

    /** The control a 2013 control number now lives in (for importing an old Statement of Applicability). */
    public Optional<ControlRow> successorOf2013(String id2013, Locale locale) {
        return catalogue.mappedFrom2013(id2013).map(c -> ControlRow.of(c, catalogue.mappingsTo(c.id()), locale));
    }

    /** The requirement clauses 4.1 to 10.2. */
    public List<ClauseRow> clauses(Locale locale) {
        return catalogue.clauses().stream().map(c -> ClauseRow.of(c, locale)).toList();
    }
}
