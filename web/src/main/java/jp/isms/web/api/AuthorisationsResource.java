package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.authorisation.application.AuthorisationService;
import jp.isms.authorisation.application.AuthorisationView;
import jp.isms.report.application.DocumentRef;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** Top management's authorisation of the ISMS: the requests, whether each is still valid, and new requests. */
@Path("/authorisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorisationsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuthorisationService authorisations;

    public record RequestJson(String comment) {
    }

    /** A kind of document and its approved version in force, or none. */
    public record InForceJson(String kind, DocumentRef document) {
    }

    @GET
    public List<AuthorisationView> list() {
        return authorisations.list(currentUser.actor());
    }

    @GET
    @Path("/documents")
    public List<InForceJson> documents() {
        Map<String, Optional<DocumentRef>> inForce = authorisations.inForce(currentUser.actor());
        return inForce.entrySet().stream().map(e -> new InForceJson(e.getKey(), e.getValue().orElse(null))).toList();
    }

    @GET
    @Path("/{requestNo}")
    public AuthorisationView get(@PathParam("requestNo") String requestNo) {
        return list().stream().filter(a -> a.requestNo().equals(requestNo)).findFirst()
                .orElseThrow(() -> IsmsException.notFound("authorisation.unknown", requestNo));
    }

    @POST
    public Response request(RequestJson body) {
        AuthorisationView view = authorisations.request(currentUser.actor(), body == null ? null : body.comment());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
