package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import jp.isms.corrective.application.ActionView;
import jp.isms.corrective.application.CorrectiveActions;
import jp.isms.corrective.application.IncidentInput;
import jp.isms.corrective.application.RegisterRow;
import jp.isms.project.application.ProjectDates;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.infrastructure.ListFilters;
import jp.isms.web.security.CurrentUser;

/**
 * The register of nonconformities (paged, sorted and filtered by the database; the total in {@code X-Total-Count})
 * and the ISMS office's record of an incident, which opens a corrective action.
 */
@Path("/nonconformities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NonconformitiesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CorrectiveActions actions;

    /** {@code occurredOn} as YYYY-MM-DD (today when absent); {@code grade} MAJOR or MINOR (MINOR when absent). */
    public record IncidentJson(String description, String grade, String department, String requirement,
            String occurredOn) {
    }

    @GET
    public Response register(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("raisedOn") String sort,
            @QueryParam("asc") @DefaultValue("false") boolean asc, @QueryParam("state") String state,
            @QueryParam("source") String source, @QueryParam("grade") String grade,
            @QueryParam("department") String department, @QueryParam("audit") String audit,
            @QueryParam("owner") String owner, @QueryParam("overdue") String overdue) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "state", state);
        put(filters, "source", source);
        put(filters, "grade", grade);
        put(filters, "department", department);
        put(filters, "audit", audit);
        put(filters, "owner", owner);
        put(filters, "overdue", overdue);
        Page<RegisterRow> page = actions.register(currentUser.actor(), new PageRequest(first, max, sort, asc, filters));
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordIncident(IncidentJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        NonconformityGrade grade = body.grade() == null ? NonconformityGrade.MINOR
                : ListFilters.code(body.grade(), NonconformityGrade.class)
                        .orElseThrow(() -> IsmsException.invalid("corrective.unknownGrade", body.grade()));
        ActionView view = actions.recordIncident(currentUser.actor(), new IncidentInput(body.description(), grade,
                body.department(), body.requirement(),
                body.occurredOn() == null || body.occurredOn().isBlank() ? null
                        : ProjectDates.parse(body.occurredOn(), "corrective.incident.occurredOn")));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
