package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.isms.certification.application.AuditView;
import jp.isms.certification.application.BodyRow;
import jp.isms.certification.application.CertificateInput;
import jp.isms.certification.application.CertificateView;
import jp.isms.certification.application.Certificates;
import jp.isms.certification.application.CertificationAudits;
import jp.isms.certification.application.CertificationBodies;
import jp.isms.certification.application.CertificationReadiness;
import jp.isms.certification.application.FindingInput;
import jp.isms.certification.application.SelectionView;
import jp.isms.certification.domain.CertificationBody;
import jp.isms.certification.domain.FindingGrade;
import jp.isms.certification.domain.Stage2Result;
import jp.isms.certification.domain.StandardEdition;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * Certification over HTTP: bodies and quotes, the selection, readiness, the audits with their findings,
 * interviews and result, the certificates and their PDF. The steps of the processes are completed through
 * {@code /api/tasks} like every other task.
 */
@Path("/certification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationBodies bodies;

    @Inject
    CertificationReadiness readiness;

    @Inject
    CertificationAudits audits;

    @Inject
    Certificates certificates;

    public record BodyJson(String name, String accreditation, BigDecimal manDays, Long dayRateYen, boolean supports27017,
            String availableDates, String features, String notes, Long lockVersion) {

        CertificationBody.Quote quote() {
            return new CertificationBody.Quote(manDays, dayRateYen, supports27017, availableDates, features, notes);
        }
    }

    public record SelectionJson(Long bodyId, String reason) {
    }

    public record ReadinessConfigJson(boolean internalAuditForStage1, boolean reviewForStage1) {
    }

    public record DateJson(LocalDate date) {
    }

    public record InterviewJson(LocalDateTime startsAt, String departmentCode, String preparer, String topic) {
    }

    public record FindingJson(FindingGrade grade, String requirement, String departmentCode, String text,
            LocalDate deadline) {
    }

    public record ResultJson(Stage2Result result, LocalDate correctionDeadline) {
    }

    public record CertificateJson(String number, StandardEdition edition, LocalDate issueDate) {
    }

    @GET
    @Path("/bodies")
    public List<BodyRow> bodies() {
        return bodies.comparison(currentUser.actor());
    }

    @POST
    @Path("/bodies")
    public Response register(BodyJson body) {
        BodyJson b = required(body);
        return created(bodies.register(currentUser.actor(), b.name(), b.accreditation(), b.quote()));
    }

    @PUT
    @Path("/bodies/{id}/quote")
    public BodyRow quote(@PathParam("id") long id, BodyJson body) {
        BodyJson b = required(body);
        return bodies.quote(currentUser.actor(), id, b.quote(), b.lockVersion());
    }

    @GET
    @Path("/selections")
    public List<SelectionView> selections() {
        return bodies.selections(currentUser.actor());
    }

    @POST
    @Path("/selections")
    public Response submit(SelectionJson body) {
        SelectionJson s = required(body);
        if (s.bodyId() == null) {
            throw IsmsException.invalid("certification.selection.chooseBody");
        }
        return created(bodies.submit(currentUser.actor(), s.bodyId(), s.reason()));
    }

    @GET
    @Path("/readiness")
    public List<CertificationReadiness.Check> readiness() {
        return readiness.checks(currentUser.actor());
    }

    @PUT
    @Path("/readiness")
    public List<CertificationReadiness.Check> configure(ReadinessConfigJson body) {
        ReadinessConfigJson c = required(body);
        readiness.configure(currentUser.actor(), c.internalAuditForStage1(), c.reviewForStage1());
        return readiness.checks(currentUser.actor());
    }

    /** Where the company stands; {@code passedNotYetCertified} between the recommendation and the certificate. */
    @GET
    @Path("/status")
    public Map<String, Object> status() {
        var status = audits.status(currentUser.actor());
        return Map.of("status", status.map(Enum::name).orElse("NONE"), "certified",
                status.map(s -> s.isCertified()).orElse(false), "passedNotYetCertified",
                status.map(s -> s.isAuditPassedNotYetCertified()).orElse(false));
    }

    @GET
    @Path("/audits")
    public List<AuditView> audits() {
        return audits.list(currentUser.actor());
    }

    /** Applies for the initial audit; refused (400) with what is missing while not ready. */
    @POST
    @Path("/audits")
    public Response apply(DateJson body) {
        return created(audits.apply(currentUser.actor(), date(body)));
    }

    @GET
    @Path("/audits/{id}")
    public AuditView audit(@PathParam("id") long id) {
        return audits.view(currentUser.actor(), id);
    }

    @POST
    @Path("/audits/{id}/stage1")
    public AuditView stage1(@PathParam("id") long id, DateJson body) {
        return audits.recordStage1Held(currentUser.actor(), id, date(body));
    }

    @POST
    @Path("/audits/{id}/stage2")
    public AuditView stage2(@PathParam("id") long id, DateJson body) {
        return audits.scheduleStage2(currentUser.actor(), id, date(body));
    }

    @POST
    @Path("/audits/{id}/interviews")
    public AuditView interview(@PathParam("id") long id, InterviewJson body) {
        InterviewJson i = required(body);
        return audits.addInterview(currentUser.actor(), id, i.startsAt(), i.departmentCode(), i.preparer(), i.topic());
    }

    @POST
    @Path("/audits/{id}/findings")
    public AuditView finding(@PathParam("id") long id, FindingJson body) {
        FindingJson f = required(body);
        return audits.addFinding(currentUser.actor(), id,
                new FindingInput(f.grade(), f.requirement(), f.departmentCode(), f.text(), f.deadline()));
    }

    @POST
    @Path("/audits/{id}/result")
    public AuditView result(@PathParam("id") long id, ResultJson body) {
        ResultJson r = required(body);
        return audits.recordResult(currentUser.actor(), id, r.result(), r.correctionDeadline());
    }

    @GET
    @Path("/certificates")
    public List<CertificateView> certificates() {
        return certificates.all(currentUser.actor());
    }

    @GET
    @Path("/certificates/{id}")
    public CertificateView certificate(@PathParam("id") long id) {
        return certificates.view(currentUser.actor(), id);
    }

    @POST
    @Path("/certificates")
    public Response record(CertificateJson body) {
        CertificateJson c = required(body);
        return created(certificates.record(currentUser.actor(), new CertificateInput(c.number(), c.edition(), c.issueDate())));
    }

    @POST
    @Path("/certificates/{id}/file")
    @Consumes("application/pdf")
    public CertificateView upload(@PathParam("id") long id, byte[] content) {
        return certificates.upload(currentUser.actor(), id, null, content);
    }

    @GET
    @Path("/certificates/{id}/file")
    @Produces("application/pdf")
    public Response download(@PathParam("id") long id) {
        Certificates.Download file = certificates.download(currentUser.actor(), id);
        return Response.ok(file.content()).header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw IsmsException.invalid("validation.required", "body");
        }
        return body;
    }

    private static LocalDate date(DateJson body) {
        if (body == null || body.date() == null) {
            throw IsmsException.invalid("validation.required", "date");
        }
        return body.date();
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
