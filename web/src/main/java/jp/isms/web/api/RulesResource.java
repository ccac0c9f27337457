package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.isms.rule.application.CoverageSummary;
import jp.isms.rule.application.MappingRow;
import jp.isms.rule.application.RequirementCoverage;
import jp.isms.rule.application.RuleBook;
import jp.isms.rule.application.RuleRow;
import jp.isms.rule.domain.RequirementKind;
import jp.isms.rule.domain.RuleChange;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** The company's rules (社内規程) and which requirement of the standard each one answers. */
@Path("/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RuleBook ruleBook;

    /** A rule in and out; {@code version} is the one the caller last read (optional on write). */
    public record RuleJson(String ruleNo, String title, String ownerDepartment, String revision, String effectiveOn,
            Boolean retired, Long version, List<MappingRow> mappings) {

        static RuleJson of(RuleRow row, List<MappingRow> mappings) {
            return new RuleJson(row.ruleNo(), row.title(), row.ownerDepartment(), row.revision(),
                    row.effectiveOn() == null ? null : row.effectiveOn().toString(), row.retired(), row.version(),
                    mappings);
        }

        RuleChange change() {
            return new RuleChange(title, ownerDepartment, revision, date(effectiveOn));
        }

        private static LocalDate date(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw IsmsException.invalid("validation.date", "rule.effectiveOn", text.strip());
            }
        }
    }

    public record MappingJson(String kind, String requirementId, String ruleNo, String evidence) {

        RequirementKind requirementKind() {
            if (kind == null || kind.isBlank()) {
                return RequirementKind.CLAUSE;
            }
            try {
                return RequirementKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw IsmsException.invalid("rule.requirementKind.unknown", kind.strip());
            }
        }
    }

    public record CoverageJson(long covered, long gaps, List<String> gapIds, List<RequirementJson> requirements) {
    }

    public record RequirementJson(String requirementId, String title, boolean covered, List<MappingRow> mappings) {

        static RequirementJson of(RequirementCoverage coverage) {
            return new RequirementJson(coverage.requirementId(), coverage.title(), coverage.covered(),
                    coverage.mappings());
        }
    }

    @GET
    public Response list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("ruleNo") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc, @QueryParam("ruleNo") String ruleNo,
            @QueryParam("title") String title, @QueryParam("ownerDepartment") String ownerDepartment,
            @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "ruleNo", ruleNo);
        put(filters, "title", title);
        put(filters, "ownerDepartment", ownerDepartment);
        filters.put("includeRetired", Boolean.toString(includeRetired));
        Page<RuleRow> page = ruleBook.page(currentUser.actor(), new PageRequest(first, max, sort, asc, filters));
        return Response.ok(page.rows().stream().map(r -> RuleJson.of(r, null)).toList())
                .header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{ruleNo}")
    public RuleJson get(@PathParam("ruleNo") String ruleNo) {
        return RuleJson.of(ruleBook.get(currentUser.actor(), ruleNo), ruleBook.mappingsOf(currentUser.actor(), ruleNo));
    }

    @POST
    public Response create(RuleJson body) {
        RuleJson rule = required(body);
        RuleRow row = ruleBook.create(currentUser.actor(), rule.ruleNo(), rule.change());
        return Response.status(Response.Status.CREATED).entity(RuleJson.of(row, List.of())).build();
    }

    @PUT
    @Path("/{ruleNo}")
    public RuleJson update(@PathParam("ruleNo") String ruleNo, RuleJson body) {
        RuleJson rule = required(body);
        return RuleJson.of(ruleBook.update(currentUser.actor(), ruleNo, rule.change(), rule.version()), null);
    }

    @POST
    @Path("/{ruleNo}/retire")
    public RuleJson retire(@PathParam("ruleNo") String ruleNo) {
        return RuleJson.of(ruleBook.retire(currentUser.actor(), ruleNo, true), null);
    }

    @POST
    @Path("/{ruleNo}/reinstate")
    public RuleJson reinstate(@PathParam("ruleNo") String ruleNo) {
        return RuleJson.of(ruleBook.retire(currentUser.actor(), ruleNo, false), null);
    }

    /** Clauses 4.1–10.2 with the rules that answer them; {@code gapIds} lists those nothing in force answers. */
    @GET
    @Path("/coverage")
    public CoverageJson coverage() {
        CoverageSummary summary = ruleBook.clauseCoverage(currentUser.actor(), currentUser.actor().locale());
        return new CoverageJson(summary.covered(), summary.gaps(), summary.gapIds(),
                summary.requirements().stream().map(RequirementJson::of).toList());
    }

    @POST
    @Path("/mappings")
    public Response map(MappingJson body) {
        MappingJson mapping = required(body);
        MappingRow row = ruleBook.map(currentUser.actor(), mapping.requirementKind(), mapping.requirementId(),
                mapping.ruleNo(), mapping.evidence());
        return Response.status(Response.Status.CREATED).entity(row).build();
    }

    @PUT
    @Path("/mappings/{id}")
    public MappingRow describeEvidence(@PathParam("id") long id, MappingJson body) {
        return ruleBook.describeEvidence(currentUser.actor(), id, required(body).evidence());
    }

    @DELETE
    @Path("/mappings/{id}")
    public Response unmap(@PathParam("id") long id) {
        ruleBook.unmap(currentUser.actor(), id);
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return body;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
