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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.isms.governance.application.ContextRegister;
import jp.isms.governance.domain.ContextIssue.IssueChange;
import jp.isms.governance.domain.IssueKind;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.infrastructure.ListFilters;
import jp.isms.web.security.CurrentUser;

/** The context of the organisation: issues (4.1) and interested parties (4.2), paged by the database. */
@Path("/context")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContextResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ContextRegister register;

    public record IssueJson(String text, String kind, String category, String impact, String department,
            String lastReviewed, Long lockVersion) {

        IssueChange change() {
            IssueKind issueKind = kind == null ? null : ListFilters.code(kind, IssueKind.class)
                    .orElseThrow(() -> IsmsException.invalid("validation.required", "context.issue.kind"));
            return new IssueChange(text, issueKind, category, impact, department,
                    PoliciesResource.Dates.parse(lastReviewed, "context.issue.lastReviewed"));
        }
    }

    public record PartyJson(String name, String requirements, String howAddressed, Long lockVersion) {
    }

    @GET
    @Path("/issues")
    public Response issues(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("id") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc, @Context UriInfo uri) {
        return page(register.issues(currentUser.actor(), request(first, max, sort, asc, uri,
                List.of("text", "kind", "category", "impact", "department"))));
    }

    @POST
    @Path("/issues")
    public Response addIssue(IssueJson body) {
        return created(register.addIssue(currentUser.actor(), required(body).change()));
    }

    @PUT
    @Path("/issues/{id}")
    public ContextRegister.IssueRow updateIssue(@PathParam("id") long id, IssueJson body) {
        return register.updateIssue(currentUser.actor(), id, required(body).change(), body.lockVersion());
    }

    @GET
    @Path("/parties")
    public Response parties(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("id") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc, @Context UriInfo uri) {
        return page(register.parties(currentUser.actor(), request(first, max, sort, asc, uri,
                List.of("name", "requirements", "howAddressed"))));
    }

    @POST
    @Path("/parties")
    public Response addParty(PartyJson body) {
        PartyJson party = required(body);
        return created(register.addParty(currentUser.actor(), party.name(), party.requirements(), party.howAddressed()));
    }

    @PUT
    @Path("/parties/{id}")
    public ContextRegister.PartyRow updateParty(@PathParam("id") long id, PartyJson body) {
        PartyJson party = required(body);
        return register.updateParty(currentUser.actor(), id, party.name(), party.requirements(), party.howAddressed(),
                party.lockVersion());
    }

    /** A list request from the query: paging, sorting, and the named filters that are present. */
    static PageRequest request(int first, int max, String sort, boolean asc, UriInfo uri, List<String> filterNames) {
        Map<String, String> filters = new HashMap<>();
        for (String name : filterNames) {
            String value = uri.getQueryParameters().getFirst(name);
            if (value != null) {
                filters.put(name, value);
            }
        }
        return new PageRequest(first, max, sort, asc, filters);
    }

    static Response page(Page<?> page) {
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return body;
    }
}
