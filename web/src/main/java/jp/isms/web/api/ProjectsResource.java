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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.isms.project.application.CertificationProjects;
import jp.isms.project.application.KickoffApproval;
import jp.isms.project.application.ProjectDates;
import jp.isms.project.application.ProjectDetails;
import jp.isms.project.application.ProjectInput;
import jp.isms.project.application.ProjectSummary;
import jp.isms.project.domain.ProjectRole;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * Certification projects: the list, one project with its schedule and progress, creating and revising it, changing
 * a step's dates (planned before the baseline, actual after it) and submitting the kickoff. Dates are
 * {@code YYYY-MM-DD}; a write that names the {@code version} it saw gets 409 when someone changed the project since.
 */
@Path("/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationProjects projects;

    @Inject
    KickoffApproval kickoff;

    public record MemberJson(String username, String role) {
    }

    public record ProjectJson(String name, String kickoff, String targetDate, String scopeOutline,
            List<String> certificationBodies, List<MemberJson> team, Long version) {

        ProjectInput input() {
            List<ProjectInput.MemberInput> members = team == null ? List.of() : team.stream()
                    .map(m -> new ProjectInput.MemberInput(m == null ? null : m.username(), role(m))).toList();
            return new ProjectInput(name, date(kickoff, "schedule.kickoff"), date(targetDate, "schedule.targetDate"),
                    scopeOutline, certificationBodies, members);
        }

        private static ProjectRole role(MemberJson member) {
            if (member == null || member.role() == null || member.role().isBlank()) {
                return null;
            }
            try {
                return ProjectRole.valueOf(member.role().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw IsmsException.invalid("project.team.roleInvalid", member.role());
            }
        }
    }

    public record StepJson(String start, String end, Long version) {
    }

    public record SubmitJson(String comment) {
    }

    @GET
    public Response list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("key") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc, @QueryParam("name") String name,
            @QueryParam("status") String status) {
        Map<String, String> filters = new HashMap<>();
        if (name != null) {
            filters.put("name", name);
        }
        if (status != null) {
            filters.put("status", status);
        }
        Page<ProjectSummary> page = projects.list(currentUser.actor(), new PageRequest(first, max, sort, asc, filters));
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{id}")
    public ProjectDetails get(@PathParam("id") long id) {
        return projects.view(currentUser.actor(), id);
    }

    @POST
    public Response create(ProjectJson body) {
        ProjectDetails created = projects.create(currentUser.actor(), required(body).input());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public ProjectDetails revise(@PathParam("id") long id, ProjectJson body) {
        return projects.revise(currentUser.actor(), id, required(body).input(), body.version());
    }

    @PUT
    @Path("/{id}/schedule/{stepId}")
    public ProjectDetails changeStep(@PathParam("id") long id, @PathParam("stepId") String stepId, StepJson body) {
        required(body);
        return projects.changeStep(currentUser.actor(), id, stepId, date(body.start(), "schedule.start"),
                date(body.end(), "schedule.end"), body.version());
    }

    @POST
    @Path("/{id}/submit")
    public Response submit(@PathParam("id") long id, SubmitJson body) {
        String instanceId = kickoff.submit(currentUser.actor(), id, body == null ? null : body.comment());
        return Response.status(Response.Status.CREATED).entity(Map.of("processInstanceId", instanceId)).build();
    }

    private static LocalDate date(String value, String field) {
        return ProjectDates.parse(value, field);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return body;
    }
}
