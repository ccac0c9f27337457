package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.isms.notification.application.MailRow;
import jp.isms.notification.application.Notifications;
import jp.isms.notification.infrastructure.NotificationTimer;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.web.security.CurrentUser;

/** For administrators: the record of mails and the scan on demand. */
@Path("/admin/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    @Inject
    NotificationTimer timer;

    public record MailJson(long id, String kind, String taskId, String recipient, String email, String language,
            String subject, String status, Long digestId, String createdAt, String sentAt, String error) {

        static MailJson of(MailRow m) {
            return new MailJson(m.id(), m.kind().name(), m.taskId(), m.recipient(), m.email(), m.language(), m.subject(),
                    m.status().name(), m.digestId(), Json.instant(m.createdAt()), Json.instant(m.sentAt()), m.error());
        }
    }

    /** The record of mails, newest first, paged and filtered by the database (administrators). */
    @GET
    public Response mails(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max,
            @QueryParam("sort") @DefaultValue("created") String sort, @QueryParam("asc") @DefaultValue("false") boolean asc,
            @QueryParam("recipient") String recipient, @QueryParam("kind") String kind,
            @QueryParam("status") String status, @QueryParam("taskId") String taskId,
            @QueryParam("subject") String subject) {
        Map<String, String> filters = new HashMap<>();
        putIf(filters, "recipient", recipient);
        putIf(filters, "kind", kind);
        putIf(filters, "status", status);
        putIf(filters, "taskId", taskId);
        putIf(filters, "subject", subject);
        Page<MailRow> page = notifications.page(currentUser.actor(), new PageRequest(first, max, sort, asc, filters));
        List<MailJson> rows = page.rows().stream().map(MailJson::of).toList();
        return Response.ok(rows).header("X-Total-Count", page.total()).build();
    }

    /** Runs the five-minute scan now; {@code digest=true} also sends the waiting digests at once (administrators). */
    @POST
    @Path("/run")
    public Notifications.ScanResult run(@QueryParam("digest") @DefaultValue("false") boolean digest) {
        currentUser.actor().require(Role.ADMIN);
        return timer.run(digest);
    }

    private static void putIf(Map<String, String> filters, String name, String value) {
        if (value != null) {
            filters.put(name, value);
        }
    }
}
