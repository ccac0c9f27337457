package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.Map;
import jp.isms.audit.application.AuditDocuments;
import jp.isms.audit.application.AuditService;
import jp.isms.audit.application.AuditViews;
import jp.isms.audit.domain.AuditAssignment;
import jp.isms.audit.domain.AuditPlan;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.EvidenceAttachment;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * Internal audits: the programme, plans, checklists and their results, the report and the PDFs. The CISO's
 * approval of the plan and top management's review are tasks ({@code /api/tasks}).
 */
@Path("/audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audits;

    @Inject
    AuditDocuments documents;

    public record AssignmentJson(String department, String auditor) {
    }

    public record PlanJson(Integer year, String title, String scope, String criteria, String startDate, String endDate,
            String leadAuditor, List<AssignmentJson> assignments, String baseline, Long lockVersion) {
    }

    public record CommentJson(String comment) {
    }

    public record ResultJson(String result, String evidence, String interviewee) {
    }

    public record CheckpointJson(String checkpoint) {
    }

    public record SummaryJson(String summary) {
    }

    public record ProgrammeJson(List<String> requirements) {
    }

    @GET
    public List<AuditViews.Audit> list() {
        return audits.list(currentUser.actor());
    }

    @POST
    public Response create(PlanJson body) {
        PlanJson plan = required(body);
        int year = plan.year() != null ? plan.year() : plan(plan).startDate().getYear();
        AuditViews.Audit created = audits.create(currentUser.actor(), year, plan(plan), plan.baseline());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/eligibility")
    public List<AuditViews.Eligibility> eligibility(@QueryParam("department") String department) {
        return audits.eligibility(currentUser.actor(), department);
    }

    @GET
    @Path("/programmes/{year}")
    public AuditViews.Programme programme(@PathParam("year") int year) {
        return audits.programme(currentUser.actor(), year);
    }

    @PUT
    @Path("/programmes/{year}")
    public AuditViews.Programme saveProgramme(@PathParam("year") int year, ProgrammeJson body) {
        return audits.saveProgramme(currentUser.actor(), year, required(body).requirements());
    }

    @GET
    @Path("/programmes/{year}/pdf")
    @Produces(Downloads.PDF)
    public Response programmePdf(@PathParam("year") int year) {
        return Downloads.attachment(documents.programmePdf(currentUser.actor(), year), Downloads.PDF,
                AuditDocuments.programmeFileName(year));
    }

    @GET
    @Path("/{auditNo}")
    public AuditViews.Audit get(@PathParam("auditNo") String auditNo) {
        return audits.view(currentUser.actor(), auditNo);
    }

    @PUT
    @Path("/{auditNo}")
    public AuditViews.Audit replan(@PathParam("auditNo") String auditNo, PlanJson body) {
        PlanJson plan = required(body);
        AuditViews.Audit audit = get(auditNo);
        return audits.replan(currentUser.actor(), audit.id(), plan(plan),
                plan.lockVersion() == null ? audit.lockVersion() : plan.lockVersion());
    }

    @POST
    @Path("/{auditNo}/submit")
    public AuditViews.Audit submit(@PathParam("auditNo") String auditNo, CommentJson body) {
        return audits.submitPlan(currentUser.actor(), get(auditNo).id(), body == null ? null : body.comment());
    }

    @GET
    @Path("/{auditNo}/items")
    public Response items(@PathParam("auditNo") String auditNo, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max, @QueryParam("department") String department,
            @QueryParam("result") String result, @QueryParam("requirement") String requirement) {
        Map<String, String> filters = new HashMap<>();
        if (department != null) {
            filters.put("department", department);
        }
        if (result != null) {
            filters.put("result", result);
        }
        if (requirement != null) {
            filters.put("requirement", requirement);
        }
        Page<AuditViews.Item> page = audits.items(currentUser.actor(), get(auditNo).id(),
                new PageRequest(first, max, "lineNo", true, filters));
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    @PUT
    @Path("/{auditNo}/items/{itemId}")
    public AuditViews.Item record(@PathParam("auditNo") String auditNo, @PathParam("itemId") long itemId,
            ResultJson body) {
        ResultJson result = required(body);
        AuditResult value = result.result() == null ? null : parse(result.result());
        return audits.record(currentUser.actor(), get(auditNo).id(), itemId, value, result.evidence(),
                result.interviewee());
    }

    @PUT
    @Path("/{auditNo}/items/{itemId}/checkpoint")
    public AuditViews.Item checkpoint(@PathParam("auditNo") String auditNo, @PathParam("itemId") long itemId,
            CheckpointJson body) {
        return audits.prepare(currentUser.actor(), get(auditNo).id(), itemId, required(body).checkpoint());
    }

    /** The evidence file as the request body; its name in {@code X-File-Name} (URL-encoded). */
    @POST
    @Path("/{auditNo}/items/{itemId}/attachment")
    @Consumes(MediaType.WILDCARD)
    public AuditViews.Item attach(@PathParam("auditNo") String auditNo, @PathParam("itemId") long itemId,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("X-File-Name") String fileName, byte[] content) {
        String name = fileName == null ? null : java.net.URLDecoder.decode(fileName, java.nio.charset.StandardCharsets.UTF_8);
        return audits.attach(currentUser.actor(), get(auditNo).id(), itemId, name, contentType, content);
    }

    @GET
    @Path("/{auditNo}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("auditNo") String auditNo, @PathParam("attachmentId") long attachmentId) {
        EvidenceAttachment file = audits.attachment(currentUser.actor(), get(auditNo).id(), attachmentId);
        return Downloads.attachment(file.getContent(), file.getContentType(), file.getFileName());
    }

    @POST
    @Path("/{auditNo}/report")
    public AuditViews.Audit report(@PathParam("auditNo") String auditNo, SummaryJson body) {
        return audits.submitReport(currentUser.actor(), get(auditNo).id(), required(body).summary());
    }

    @GET
    @Path("/{auditNo}/pdf")
    @Produces(Downloads.PDF)
    public Response pdf(@PathParam("auditNo") String auditNo) {
        return Downloads.attachment(documents.auditPdf(currentUser.actor(), get(auditNo).id()), Downloads.PDF,
                AuditDocuments.auditFileName(auditNo));
    }

    private static AuditPlan plan(PlanJson p) {
        return new AuditPlan(p.title(), p.scope(), p.criteria(), date(p.startDate()), date(p.endDate()), p.leadAuditor(),
                p.assignments() == null ? List.of() : p.assignments().stream()
                        .map(a -> new AuditAssignment(a.department(), a.auditor())).toList());
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw IsmsException.invalid("audit.plan.dates");
        }
    }

    private static AuditResult parse(String value) {
        try {
            return AuditResult.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw IsmsException.invalid("audit.result.required");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return body;
    }
}
