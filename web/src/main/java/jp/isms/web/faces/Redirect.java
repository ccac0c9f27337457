package jp.isms.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A redirect after a successful action, keeping this request's messages for the next page. */
public final class Redirect {

    private Redirect() {
    }

    /** {@code path} is relative to the application, e.g. {@code /app/scope/scope.xhtml?id=12}. */
    public static void to(String path) {
        Ui.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
