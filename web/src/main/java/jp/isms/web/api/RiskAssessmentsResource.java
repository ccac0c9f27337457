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
import java.util.List;
import java.util.Map;
import jp.isms.risk.application.AssessmentView;
import jp.isms.risk.application.RiskAssessmentApprovalService;
import jp.isms.risk.application.RiskDocuments;
import jp.isms.risk.application.RiskRegister;
import jp.isms.risk.application.RiskRow;
import jp.isms.risk.application.HeatMaps;
import jp.isms.risk.application.PlanItemRow;
import jp.isms.risk.application.RiskTreatment;
import jp.isms.risk.application.TreatmentView;
import jp.isms.risk.domain.RiskChange;
import jp.isms.risk.domain.Treatment;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** Risk assessments: their versions and decisions, their risks, and starting their approval. */
@Path("/risk-assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskAssessmentsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskRegister register;

    @Inject
    RiskAssessmentApprovalService approvals;

    @Inject
    RiskDocuments riskDocuments;

    @Inject
    RiskTreatment treatment;

    public record NewAssessmentJson(String businessKey, String title) {
    }

    /**
     * A risk line. Likelihood and impact (and their residual values) serve the likelihood × impact and
     * likelihood + impact methods; asset value, threat level and vulnerability level (and the residual levels)
     * the asset × threat × vulnerability method.
     */
    public record RiskJson(String department, String assetName, String threat, String vulnerability,
            Integer likelihood, Integer impact, String treatment, String treatmentPlan, Integer residualLikelihood,
            Integer residualImpact, Integer assetValue, Integer threatLevel, Integer vulnerabilityLevel,
            Integer residualThreatLevel, Integer residualVulnerabilityLevel) {

        RiskChange change() {
            Treatment option;
            try {
                option = treatment == null ? null : Treatment.valueOf(treatment.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw IsmsException.invalid("validation.required", "risk.treatment");
            }
            boolean factors = assetValue != null;
            return new RiskChange(assetName, threat, vulnerability, number(likelihood, "risk.likelihood", factors),
                    number(impact, "risk.impact", factors), option, treatmentPlan,
                    number(residualLikelihood, "risk.residualLikelihood", factors),
                    number(residualImpact, "risk.residualImpact", factors), assetValue, threatLevel, vulnerabilityLevel,
                    residualThreatLevel, residualVulnerabilityLevel);
        }

        /** Likelihood and impact are optional only on a line scored by asset × threat × vulnerability. */
        private static int number(Integer value, String field, boolean optional) {
            if (value == null && optional) {
                return 0;
            }
            if (value == null) {
                throw IsmsException.invalid("validation.required", field);
            }
            return value;
        }
    }

    public record ApprovalJson(String comment) {
    }

    @POST
    public Response create(NewAssessmentJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        AssessmentView view = register.createAssessment(currentUser.actor(), body.businessKey(), body.title());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/{key}")
    public AssessmentView get(@PathParam("key") String key, @QueryParam("version") Integer version) {
        return register.view(currentUser.actor(), key, version)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", key));
    }

    @GET
    @Path("/{key}/risks")
    public Response risks(@PathParam("key") String key, @QueryParam("version") Integer version,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max,
            @QueryParam("sort") @DefaultValue("riskNo") String sort, @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("residualLevel") String residualLevel, @QueryParam("likelihood") String likelihood,
            @QueryParam("impact") String impact, @QueryParam("residualLikelihood") String residualLikelihood,
            @QueryParam("residualImpact") String residualImpact) {
        AssessmentView view = get(key, version);
        Map<String, String> filters = filters("residualLevel", residualLevel, "likelihood", likelihood, "impact", impact,
                "residualLikelihood", residualLikelihood, "residualImpact", residualImpact);
        Page<RiskRow> page = register.risks(currentUser.actor(), view.id(), new PageRequest(first, max, sort, asc, filters));
        List<RiskRow> rows = page.rows();
        return Response.ok(rows).header("X-Total-Count", page.total()).build();
    }

    @POST
    @Path("/{key}/risks")
    public Response addRisk(@PathParam("key") String key, RiskJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        String riskNo = register.addRisk(currentUser.actor(), key, body.department(), body.change());
        return Response.status(Response.Status.CREATED).entity(Map.of("riskNo", riskNo)).build();
    }

    @PUT
    @Path("/{key}/risks/{riskNo}")
    public Map<String, Integer> reviseRisk(@PathParam("key") String key, @PathParam("riskNo") String riskNo, RiskJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return Map.of("version", register.reviseRisk(currentUser.actor(), key, riskNo, body.change()));
    }

    /** The ISMS office re-bases the newest (editable) version onto the current risk method version: every risk is rescored. */
    @POST
    @Path("/{key}/method-rebase")
    public AssessmentView rebase(@PathParam("key") String key) {
        return register.rebase(currentUser.actor(), key);
    }

    @POST
    @Path("/{key}/approval")
    public Response startApproval(@PathParam("key") String key, ApprovalJson body) {
        String processInstanceId = approvals.submit(currentUser.actor(), key, body == null ? null : body.comment());
        return Response.status(Response.Status.CREATED).entity(Map.of("processInstanceId", processInstanceId)).build();
    }

    @GET
    @Path("/{key}/report.pdf")
    @Produces({ Downloads.PDF, MediaType.APPLICATION_JSON })
    public Response reportPdf(@PathParam("key") String key, @QueryParam("version") Integer version) {
        return riskPdf(RiskDocuments.Kind.REPORT, key, version);
    }

    @GET
    @Path("/{key}/residual-risks.pdf")
    @Produces({ Downloads.PDF, MediaType.APPLICATION_JSON })
    public Response residualRisksPdf(@PathParam("key") String key, @QueryParam("version") Integer version) {
        return riskPdf(RiskDocuments.Kind.RESIDUAL_RISKS, key, version);
    }

    @GET
    @Path("/{key}/treatment-plan.pdf")
    @Produces({ Downloads.PDF, MediaType.APPLICATION_JSON })
    public Response treatmentPlanPdf(@PathParam("key") String key, @QueryParam("version") Integer version) {
        return riskPdf(RiskDocuments.Kind.TREATMENT_PLAN, key, version);
    }

    private Response riskPdf(RiskDocuments.Kind kind, String key, Integer version) {
        byte[] pdf = riskDocuments.pdf(currentUser.actor(), kind, key, version);
        return Downloads.attachment(pdf, Downloads.PDF, RiskDocuments.fileName(kind, key, version));
    }

    // --- risk treatment (issue 3 §6): heat maps, controls, plan items; TreatmentJson bodies below ---

    /** The ids of the chosen Annex A controls, e.g. {@code {"controls":["5.15","8.5"]}}. */
    public record ControlsJson(List<String> controls) {
    }

    /** A plan item; {@code dueDate} is an ISO date ({@code 2026-12-31}), {@code status} OPEN or DONE. */
    public record PlanItemJson(String action, String owner, String dueDate, String status) {

        jp.isms.risk.domain.PlanItemChange change() {
            java.time.LocalDate due = null;
            if (dueDate != null && !dueDate.isBlank()) {
                try {
                    due = java.time.LocalDate.parse(dueDate.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    throw IsmsException.invalid("treatment.planItem.dueInvalid", dueDate);
                }
            }
            jp.isms.risk.domain.PlanItemStatus state = null;
            if (status != null && !status.isBlank()) {
                try {
                    state = jp.isms.risk.domain.PlanItemStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw IsmsException.invalid("validation.required", "treatment.planItem.status");
                }
            }
            return new jp.isms.risk.domain.PlanItemChange(action, owner, due, state);
        }
    }

    /** Both 5 × 5 heat maps, counted by the database. */
    @GET
    @Path("/{key}/heatmap")
    public HeatMaps heatMap(@PathParam("key") String key, @QueryParam("version") Integer version) {
        return treatment.heatMaps(currentUser.actor(), get(key, version).id());
    }

    /** The treatment plan: every plan item of the version, paged, sorted and filtered by the database. */
    @GET
    @Path("/{key}/plan-items")
    public Response planItems(@PathParam("key") String key, @QueryParam("version") Integer version,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max,
            @QueryParam("sort") @DefaultValue("dueDate") String sort, @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("owner") String owner, @QueryParam("status") String status,
            @QueryParam("department") String department) {
        Map<String, String> filters = filters("owner", owner, "status", status, "department", department);
        Page<PlanItemRow> page = treatment.planItems(currentUser.actor(), get(key, version).id(),
                new PageRequest(first, max, sort, asc, filters));
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{key}/risks/{riskNo}/treatment")
    public TreatmentView treatment(@PathParam("key") String key, @PathParam("riskNo") String riskNo,
            @QueryParam("version") Integer version) {
        return treatment.treatment(currentUser.actor(), key, version, riskNo);
    }

    @PUT
    @Path("/{key}/risks/{riskNo}/controls")
    public TreatmentView chooseControls(@PathParam("key") String key, @PathParam("riskNo") String riskNo,
            ControlsJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return treatment.chooseControls(currentUser.actor(), key, riskNo,
                body.controls() == null ? List.of() : body.controls());
    }

    @POST
    @Path("/{key}/risks/{riskNo}/plan-items")
    public Response addPlanItem(@PathParam("key") String key, @PathParam("riskNo") String riskNo, PlanItemJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        PlanItemRow row = treatment.addPlanItem(currentUser.actor(), key, riskNo, body.change());
        return Response.status(Response.Status.CREATED).entity(row).build();
    }

    @PUT
    @Path("/{key}/risks/{riskNo}/plan-items/{itemNo}")
    public PlanItemRow revisePlanItem(@PathParam("key") String key, @PathParam("riskNo") String riskNo,
            @PathParam("itemNo") int itemNo, PlanItemJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return treatment.revisePlanItem(currentUser.actor(), key, riskNo, itemNo, body.change());
    }

    /** The query's filters from name, value, name, value, …: the values given, not blank. */
    private static Map<String, String> filters(String... namesAndValues) {
        Map<String, String> filters = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                filters.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return filters;
    }
}
