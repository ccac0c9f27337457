package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.riskmethod.application.MethodDraft;
import jp.isms.riskmethod.application.MethodView;
import jp.isms.riskmethod.application.RiskMethods;
import jp.isms.riskmethod.domain.Acceptor;
import jp.isms.riskmethod.domain.MethodKind;
import jp.isms.riskmethod.domain.RequiredAction;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** Risk method versions (リスク評価手法): the published versions, and publishing a new one (CISO). */
@Path("/risk-methods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskMethodsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskMethods methods;

    /** {@code kind}: MULTIPLICATIVE | ADDITIVE | ASSET_THREAT_VULNERABILITY; levels LOW, MEDIUM, HIGH in this order. */
    public record MethodJson(String kind, Integer scale, List<LevelJson> levels, String note) {

        MethodDraft draft() {
            MethodKind methodKind = parse(MethodKind.class, kind, "method.kind");
            if (methodKind == null) {
                throw IsmsException.invalid("validation.required", "method.kind");
            }
            return new MethodDraft(methodKind, scale == null ? methodKind.defaultScale() : scale,
                    levels == null ? null : levels.stream().map(l -> l == null ? null : l.toDraft()).toList(), note);
        }
    }

    /** {@code action}: ACCEPT | TREAT; {@code acceptor}: RISK_OWNER | CISO | TOP_MANAGEMENT. */
    public record LevelJson(String level, Integer fromScore, String action, String acceptor) {

        MethodDraft.Level toDraft() {
            return new MethodDraft.Level(parse(RiskLevel.class, level, "method.level"), fromScore,
                    parse(RequiredAction.class, action, "method.action"), parse(Acceptor.class, acceptor, "method.acceptor"));
        }
    }

    @GET
    public List<MethodView> list() {
        return methods.list(currentUser.actor());
    }

    @POST
    public Response publish(MethodJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        // The role is checked before the body is read, so a non-CISO always gets 403.
        currentUser.actor().require(jp.isms.organisation.domain.Role.CISO);
        MethodView view = methods.publish(currentUser.actor(), body.draft());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw IsmsException.invalid("method.valueUnknown", field, value);
        }
    }
}
