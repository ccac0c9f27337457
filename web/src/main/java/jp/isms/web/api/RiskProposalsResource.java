package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.isms.risk.application.KeptRisk;
import jp.isms.risk.application.ProposalRow;
import jp.isms.risk.application.RiskProposals;
import jp.isms.risk.domain.KeepDecision;
import jp.isms.risk.domain.Treatment;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * The risks the threat catalogue proposed for entered assets, and the risk owner's decision on each. A department
 * head sees and decides their own department's proposals; the service checks.
 */
@Path("/risk-proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskProposalsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskProposals proposals;

    /** The owner's analysis; treatment and residual values are optional. */
    public record KeepJson(Integer likelihood, Integer impact, String treatment, Integer residualLikelihood,
            Integer residualImpact) {

        KeepDecision decision() {
            Treatment option = null;
            if (treatment != null && !treatment.isBlank()) {
                try {
                    option = Treatment.valueOf(treatment.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw IsmsException.invalid("validation.required", "risk.treatment");
                }
            }
            return new KeepDecision(likelihood, impact, option, residualLikelihood, residualImpact);
        }
    }

    @GET
    public Response list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("assetNo") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc, @QueryParam("status") String status,
            @QueryParam("department") String department, @QueryParam("assetNo") String assetNo,
            @QueryParam("assetName") String assetName) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "status", status);
        put(filters, "department", department);
        put(filters, "assetNo", assetNo);
        put(filters, "assetName", assetName);
        Page<ProposalRow> page = proposals.page(currentUser.actor(), new PageRequest(first, max, sort, asc, filters));
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{id}")
    public ProposalRow get(@PathParam("id") long id) {
        return proposals.get(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/keep")
    public KeptRisk keep(@PathParam("id") long id, KeepJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return proposals.keep(currentUser.actor(), id, body.decision());
    }

    @POST
    @Path("/{id}/discard")
    public Response discard(@PathParam("id") long id) {
        proposals.discard(currentUser.actor(), id);
        return Response.noContent().build();
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
