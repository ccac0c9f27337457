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
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewMinutes;
import jp.isms.review.application.ReviewService;
import jp.isms.review.application.ReviewView;
import jp.isms.review.domain.Attendee;
import jp.isms.review.domain.ManagementReview;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * Management reviews: scheduling (the draft is compiled at once), editing the inputs, recording the meeting,
 * submitting the minutes, and the minutes as PDF/A. Signed or submitted minutes refuse every change with 409.
 * Each change carries the {@code version} the client read; another version answers 409 as well.
 */
@Path("/management-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManagementReviewsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ReviewService reviews;

    @Inject
    ReviewMinutes minutes;

    public record ScheduleJson(String date, String place, String periodFrom, String periodTo, Long version) {
        ManagementReview.Schedule schedule() {
            return new ManagementReview.Schedule(PoliciesResource.Dates.parse(date, "review.scheduledDate"), place,
                    PoliciesResource.Dates.parse(periodFrom, "review.periodFrom"),
                    PoliciesResource.Dates.parse(periodTo, "review.periodTo"));
        }
    }

    public record InputJson(String draftText, String discussion, Long version) {
    }

    public record PersonJson(String name, String role) {
    }

    public record ActionJson(String description, String owner, String dueDate) {
    }

    public record MeetingJson(String date, List<PersonJson> attendees, String decisions, List<ActionJson> actions,
            Long version) {
        ReviewService.Meeting meeting() {
            return new ReviewService.Meeting(PoliciesResource.Dates.parse(date, "review.meetingDate"),
                    attendees == null ? List.of() : attendees.stream().map(a -> new Attendee(a.name(), a.role())).toList(),
                    decisions, actions == null ? List.of() : actions.stream().map(a -> new ManagementReview.ActionLine(
                            a.description(), a.owner(), PoliciesResource.Dates.parse(a.dueDate(), "review.action.dueDate")))
                            .toList());
        }
    }

    public record SubmitJson(String comment, Long version) {
    }

    @GET
    public List<ReviewView> list() {
        return reviews.list(currentUser.actor());
    }

    @POST
    public Response schedule(ScheduleJson body) {
        return ContextResource.created(reviews.schedule(currentUser.actor(), ContextResource.required(body).schedule()));
    }

    @GET
    @Path("/{no}")
    public ReviewView get(@PathParam("no") String no) {
        return reviews.view(currentUser.actor(), no);
    }

    @PUT
    @Path("/{no}/schedule")
    public ReviewView reschedule(@PathParam("no") String no, ScheduleJson body) {
        return reviews.reschedule(currentUser.actor(), no, ContextResource.required(body).version(), body.schedule());
    }

    @POST
    @Path("/{no}/compile")
    public ReviewView compile(@PathParam("no") String no, SubmitJson body) {
        return reviews.compile(currentUser.actor(), no, body == null ? null : body.version());
    }

    @PUT
    @Path("/{no}/inputs/{input}")
    public ReviewView editInput(@PathParam("no") String no, @PathParam("input") String input, InputJson body) {
        ReviewInput which;
        try {
            which = ReviewInput.valueOf(input);
        } catch (IllegalArgumentException e) {
            throw IsmsException.notFound("review.input.unknown", input);
        }
        ContextResource.required(body);
        return reviews.editInput(currentUser.actor(), no, body.version(), which, body.draftText(), body.discussion());
    }

    @PUT
    @Path("/{no}/meeting")
    public ReviewView recordMeeting(@PathParam("no") String no, MeetingJson body) {
        return reviews.recordMeeting(currentUser.actor(), no, ContextResource.required(body).version(), body.meeting());
    }

    @POST
    @Path("/{no}/submit")
    public ReviewView submit(@PathParam("no") String no, SubmitJson body) {
        return reviews.submit(currentUser.actor(), no, body == null ? null : body.version(),
                body == null ? null : body.comment());
    }

    @GET
    @Path("/{no}/minutes.pdf")
    @Produces(Downloads.PDF)
    public Response pdf(@PathParam("no") String no) {
        return Downloads.attachment(minutes.pdf(currentUser.actor(), no), Downloads.PDF, ReviewMinutes.fileName(no));
    }
}
