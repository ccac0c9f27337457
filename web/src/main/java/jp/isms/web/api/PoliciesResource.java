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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.isms.governance.application.DocumentView;
import jp.isms.governance.application.PolicyDocuments;
import jp.isms.governance.domain.PolicyVersion.PolicyText;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** The information security policy: versions, the next version, one version, and its submission to top management. */
@Path("/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PolicyDocuments policies;

    public record PolicyJson(String title, String body, String effectiveDate, Long lockVersion) {

        PolicyText text() {
            return new PolicyText(title, body, Dates.parse(effectiveDate, "policy.effectiveDate"));
        }
    }

    @GET
    public List<DocumentView.VersionRef> versions() {
        return policies.versions(currentUser.actor());
    }

    @POST
    public Response create(PolicyJson body) {
        return Response.status(Response.Status.CREATED)
                .entity(policies.create(currentUser.actor(),
                        body == null || body.title() == null && body.body() == null ? null : body.text())).build();
    }

    @GET
    @Path("/{id}")
    public DocumentView<PolicyText> get(@PathParam("id") long id) {
        return policies.view(currentUser.actor(), id);
    }

    @PUT
    @Path("/{id}")
    public DocumentView<PolicyText> update(@PathParam("id") long id, PolicyJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return policies.update(currentUser.actor(), id, body.text(), body.lockVersion());
    }

    @POST
    @Path("/{id}/submit")
    public Response submit(@PathParam("id") long id, ScopesResource.SubmitJson body) {
        String instance = policies.submit(currentUser.actor(), id, body == null ? null : body.comment());
        return Response.status(Response.Status.CREATED).entity(Map.of("processInstanceId", instance)).build();
    }

    /** Dates in the API are ISO-8601 ({@code 2026-04-01}). */
    static final class Dates {

        private Dates() {
        }

        static LocalDate parse(String value, String field) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw IsmsException.invalid("validation.required", field);
            }
        }
    }
}
