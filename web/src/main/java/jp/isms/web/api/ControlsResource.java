package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.isms.control.application.ClauseRow;
import jp.isms.control.application.ControlCatalogueQueries;
import jp.isms.control.application.ControlRow;
import jp.isms.control.domain.ControlTheme;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** The controls catalogue (reference data, the same for every company): Annex A 2022 and clauses 4–10. */
@Path("/controls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ControlsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ControlCatalogueQueries catalogue;

    @GET
    public List<ControlRow> controls(@QueryParam("theme") String theme) {
        Locale locale = currentUser.actor().locale();
        if (theme == null || theme.isBlank()) {
            return catalogue.controls(locale);
        }
        ControlTheme chosen = Arrays.stream(ControlTheme.values())
                .filter(t -> t.name().equalsIgnoreCase(theme.trim())).findFirst()
                .orElseThrow(() -> IsmsException.invalid("control.theme.unknown", theme));
        return catalogue.controls(chosen, locale);
    }

    @GET
    @Path("/{id}")
    public ControlRow control(@PathParam("id") String id) {
        return catalogue.control(id, currentUser.actor().locale())
                .orElseThrow(() -> IsmsException.notFound("control.unknown", id));
    }

    /** The 2022 control that took over a control of the 2013 edition (e.g. A.12.6.1 → 8.8). */
    @GET
    @Path("/from-2013/{id2013}")
    public ControlRow successorOf2013(@PathParam("id2013") String id2013) {
        return catalogue.successorOf2013(id2013, currentUser.actor().locale())
                .orElseThrow(() -> IsmsException.notFound("control.unknown", id2013));
    }

    @GET
    @Path("/clauses")
    public List<ClauseRow> clauses() {
        return catalogue.clauses(currentUser.actor().locale());
    }
}
