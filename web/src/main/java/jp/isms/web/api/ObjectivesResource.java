package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.isms.governance.application.ObjectiveRegister;
import jp.isms.governance.domain.ObjectiveStatus;
import jp.isms.governance.domain.SecurityObjective.ObjectiveChange;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.infrastructure.ListFilters;
import jp.isms.web.security.CurrentUser;

/** The information security objectives (6.2); {@code ?overdue=true} lists the open ones past their due date. */
@Path("/objectives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectivesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectiveRegister register;

    public record ObjectiveJson(String objective, String measure, String target, String owner, String dueDate,
            String status, Integer achievement, Long lockVersion) {

        ObjectiveChange change() {
            ObjectiveStatus value = status == null ? null : ListFilters.code(status, ObjectiveStatus.class)
                    .orElseThrow(() -> IsmsException.invalid("validation.required", "objective.status"));
            return new ObjectiveChange(objective, measure, target, owner,
                    PoliciesResource.Dates.parse(dueDate, "objective.dueDate"), value, achievement);
        }
    }

    @GET
    public Response list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("dueDate") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc, @Context UriInfo uri) {
        return ContextResource.page(register.page(currentUser.actor(), ContextResource.request(first, max, sort, asc, uri,
                List.of("objective", "owner", "status", "overdue"))));
    }

    @POST
    public Response add(ObjectiveJson body) {
        return ContextResource.created(register.add(currentUser.actor(), ContextResource.required(body).change()));
    }

    @PUT
    @Path("/{id}")
    public ObjectiveRegister.ObjectiveRow update(@PathParam("id") long id, ObjectiveJson body) {
        return register.update(currentUser.actor(), id, ContextResource.required(body).change(), body.lockVersion());
    }
}
