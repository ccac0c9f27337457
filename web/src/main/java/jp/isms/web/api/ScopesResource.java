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
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.isms.governance.application.DocumentView;
import jp.isms.scope.application.ScopeDocuments;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.scope.domain.WorkforceCategory;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * The ISMS scope: its versions ({@code GET}), the next version ({@code POST}), one version
 * ({@code GET/PUT /{id}}; a PUT on the approved version saves into a new draft version) and its
 * submission to {@code governance-approval} ({@code POST /{id}/submit}).
 */
@Path("/scopes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScopesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ScopeDocuments scopes;

    @Inject
    jp.isms.scope.application.ScopeReport scopeReport;

    public record UnitJson(String code, String name, Boolean inScope, String note) {
    }

    public record SiteJson(String name, String address, Boolean inScope) {
    }

    public record WorkforceJson(String category, Boolean inScope, String note) {
    }

    public record SystemJson(String name, String description, Boolean inScope) {
    }

    public record ExclusionJson(String subject, String justification) {
    }

    public record ScopeJson(String statement, List<UnitJson> units, List<SiteJson> sites, List<WorkforceJson> workforce,
            List<SystemJson> systems, List<ExclusionJson> exclusions, Long lockVersion) {

        /** A body that says nothing (or none at all) asks for a copy of the approved version. */
        static ScopeContent contentOrNull(ScopeJson body) {
            return body == null || (body.statement() == null && body.units() == null && body.sites() == null
                    && body.workforce() == null && body.systems() == null && body.exclusions() == null) ? null
                    : body.content();
        }

        ScopeContent content() {
            return new ScopeContent(statement, map(units, u -> new ScopeContent.Unit(u.code(), u.name(), yes(u.inScope()),
                    u.note())), map(sites, s -> new ScopeContent.Site(s.name(), s.address(), yes(s.inScope()))),
                    map(workforce, w -> new ScopeContent.Workforce(category(w.category()), yes(w.inScope()), w.note())),
                    map(systems, s -> new ScopeContent.SystemOrService(s.name(), s.description(), yes(s.inScope()))),
                    map(exclusions, e -> new ScopeContent.Exclusion(e.subject(), e.justification())));
        }

        private static <J, T> List<T> map(List<J> list, Function<J, T> mapper) {
            return list == null ? List.of() : list.stream().filter(j -> j != null).map(mapper).toList();
        }

        private static boolean yes(Boolean value) {
            return Boolean.TRUE.equals(value);
        }

        private static WorkforceCategory category(String value) {
            if (value == null || value.isBlank()) {
                throw IsmsException.invalid("validation.required", "scope.workforce.category");
            }
            try {
                return WorkforceCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw IsmsException.invalid("validation.required", "scope.workforce.category");
            }
        }
    }

    public record SubmitJson(String comment) {
    }

    @GET
    public List<DocumentView.VersionRef> versions() {
        return scopes.versions(currentUser.actor());
    }

    /** The next version; without a body (or an empty one), a copy of the approved version. */
    @POST
    public Response create(ScopeJson body) {
        DocumentView<ScopeContent> created = scopes.create(currentUser.actor(), ScopeJson.contentOrNull(body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public DocumentView<ScopeContent> get(@PathParam("id") long id) {
        return scopes.view(currentUser.actor(), id);
    }

    @PUT
    @Path("/{id}")
    public DocumentView<ScopeContent> update(@PathParam("id") long id, ScopeJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return scopes.update(currentUser.actor(), id, body.content(), body.lockVersion());
    }

    @POST
    @Path("/{id}/submit")
    public Response submit(@PathParam("id") long id, SubmitJson body) {
        String instance = scopes.submit(currentUser.actor(), id, body == null ? null : body.comment());
        return Response.status(Response.Status.CREATED).entity(Map.of("processInstanceId", instance)).build();
    }

    /** One version as the controlled scope document (PDF/A-2b, Japanese font embedded). */
    @GET
    @Path("/{id}/pdf")
    @Produces({ Downloads.PDF, MediaType.APPLICATION_JSON })
    public Response pdf(@PathParam("id") long id) {
        DocumentView<ScopeContent> version = scopes.view(currentUser.actor(), id);
        return Downloads.attachment(scopeReport.pdf(currentUser.actor(), id), Downloads.PDF,
                jp.isms.scope.application.ScopeReport.fileName(version.versionNo()));
    }
}
