package jp.isms.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.isms.web.Failure;
import jp.isms.web.security.CurrentUser;

/** Every failure as {@code {"status":409,"error":"task.alreadyCompleted","message":"…"}}, never a stack trace. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpHeaders headers;

    public record ErrorBody(int status, String error, String message) {
    }

    @Override
    public Response toResponse(Throwable thrown) {
        Failure failure;
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            failure = new Failure(status, status == 404 ? "error.notFound" : "error.badRequest", new Object[0]);
        } else {
            failure = Failure.of(thrown);
        }
        return respond(failure, locale());
    }

    static Response respond(Failure failure, Locale locale) {
        return Response.status(failure.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(failure.status(), failure.key(), failure.message(locale))).build();
    }

    private Locale locale() {
        try {
            if (currentUser.signedIn()) {
                return currentUser.actor().locale();
            }
        } catch (RuntimeException e) {
            // fall through to the client's language
        }
        return headers.getAcceptableLanguages().stream().filter(l -> l.getLanguage().equals("en")).findFirst()
                .orElse(Locale.JAPANESE);
    }
}
