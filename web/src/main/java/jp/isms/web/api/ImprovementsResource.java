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
import java.util.List;
import jp.isms.improvement.application.ImprovementService;
import jp.isms.improvement.application.ImprovementView;
import jp.isms.improvement.domain.ImprovementItem;
import jp.isms.web.security.CurrentUser;

/** Improvement items: recording, acknowledgement by each person concerned, progress, achievement, plan revision. */
@Path("/improvements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImprovementsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ImprovementService improvements;

    public record ItemJson(String title, String description, String owner, String targetDate, String origin,
            List<String> concerned) {
    }

    public record ProgressJson(Integer percent, String note, String result, String planDocument, String planVersion,
            Long version) {
    }

    @GET
    public List<ImprovementView> list() {
        return improvements.list(currentUser.actor());
    }

    @POST
    public Response create(ItemJson body) {
        ContextResource.required(body);
        return ContextResource.created(improvements.create(currentUser.actor(), new ImprovementItem.Draft(body.title(),
                body.description(), body.owner(), PoliciesResource.Dates.parse(body.targetDate(), "improvement.targetDate"),
                body.origin(), body.concerned())));
    }

    @GET
    @Path("/{no}")
    public ImprovementView get(@PathParam("no") String no) {
        return improvements.view(currentUser.actor(), no);
    }

    @POST
    @Path("/{no}/acknowledge")
    public ImprovementView acknowledge(@PathParam("no") String no) {
        return improvements.acknowledge(currentUser.actor(), no);
    }

    @PUT
    @Path("/{no}/progress")
    public ImprovementView progress(@PathParam("no") String no, ProgressJson body) {
        ContextResource.required(body);
        return improvements.recordProgress(currentUser.actor(), no, body.version(),
                body.percent() == null ? -1 : body.percent(), body.note());
    }

    @POST
    @Path("/{no}/achieve")
    public ImprovementView achieve(@PathParam("no") String no, ProgressJson body) {
        ContextResource.required(body);
        return improvements.achieve(currentUser.actor(), no, body.version(), body.result(), body.planDocument(),
                body.planVersion());
    }

    @PUT
    @Path("/{no}/plan-revision")
    public ImprovementView planRevision(@PathParam("no") String no, ProgressJson body) {
        ContextResource.required(body);
        return improvements.recordPlanRevision(currentUser.actor(), no, body.version(), body.planDocument(),
                body.planVersion());
    }
}
