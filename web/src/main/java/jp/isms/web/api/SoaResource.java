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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.soa.application.SoaDocuments;
import jp.isms.soa.application.SoaRow;
import jp.isms.soa.application.SoaService;
import jp.isms.soa.application.SoaView;
import jp.isms.soa.domain.EntryChange;
import jp.isms.soa.domain.ImplementationStatus;
import jp.isms.shared.infrastructure.ListFilters;
import jp.isms.web.security.CurrentUser;

/** The Statement of Applicability: its versions, its 93 lines, editing one, submitting, and the files. */
@Path("/soa")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SoaResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SoaService statements;

    @Inject
    SoaDocuments documents;

    public record EntryJson(Boolean applicable, String justification, String status, List<String> riskNos,
            List<String> internalRules) {

        EntryChange change() {
            if (applicable == null) {
                throw IsmsException.invalid("validation.required", "soa.column.applicable");
            }
            ImplementationStatus implementation = status == null || status.isBlank() ? null
                    : ListFilters.code(status, ImplementationStatus.class)
                            .orElseThrow(() -> IsmsException.invalid("validation.required", "soa.column.status"));
            return new EntryChange(applicable, justification, implementation, riskNos, internalRules);
        }
    }

    public record ApprovalJson(String comment) {
    }

    @GET
    public SoaView get(@QueryParam("version") Integer version) {
        return statements.require(currentUser.actor(), version);
    }

    /** Version 1 for a company that has none yet (the first edit creates it too). */
    @POST
    public Response create() {
        return Response.status(Response.Status.CREATED).entity(statements.create(currentUser.actor())).build();
    }

    @GET
    @Path("/entries")
    public Response entries(@QueryParam("version") Integer version, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max, @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("theme") String theme, @QueryParam("applicable") String applicable,
            @QueryParam("status") String status, @QueryParam("control") String control) {
        SoaView view = get(version);
        Map<String, String> filters = new HashMap<>();
        put(filters, "theme", theme);
        put(filters, "applicable", applicable);
        put(filters, "status", status);
        put(filters, "control", control);
        Page<SoaRow> page = statements.entries(currentUser.actor(), view.id(),
                new PageRequest(first, max, "controlId", asc, filters));
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/entries/{controlId}")
    public SoaRow entry(@PathParam("controlId") String controlId, @QueryParam("version") Integer version) {
        return statements.entry(currentUser.actor(), version, controlId);
    }

    @PUT
    @Path("/entries/{controlId}")
    public Map<String, Integer> revise(@PathParam("controlId") String controlId, EntryJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return Map.of("version", statements.revise(currentUser.actor(), controlId, body.change()));
    }

    @POST
    @Path("/approval")
    public Response submit(ApprovalJson body) {
        String id = statements.submit(currentUser.actor(), body == null ? null : body.comment());
        return Response.status(Response.Status.CREATED).entity(Map.of("processInstanceId", id)).build();
    }

    /** The PDF/A of a version ({@code latest} or its number). */
    @GET
    @Path("/{version}/pdf")
    @Produces({ Downloads.PDF, MediaType.APPLICATION_JSON })
    public Response pdf(@PathParam("version") String version) {
        return file(version, "pdf", Downloads.PDF, documents::pdf);
    }

    @GET
    @Path("/{version}/xlsx")
    @Produces({ Downloads.XLSX, MediaType.APPLICATION_JSON })
    public Response xlsx(@PathParam("version") String version) {
        return file(version, "xlsx", Downloads.XLSX, documents::xlsx);
    }

    private Response file(String version, String extension, String type, BiFunction<Actor, Integer, byte[]> make) {
        Integer v = version(version);
        byte[] content = make.apply(currentUser.actor(), v);
        return Downloads.attachment(content, type, SoaDocuments.fileName(documents.versionOf(v), extension));
    }

    private static Integer version(String text) {
        if ("latest".equals(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw IsmsException.notFound("soa.unknownVersion", text);
        }
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
