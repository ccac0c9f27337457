package jp.isms.web.soa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.isms.authorisation.application.AuthorisationService;
import jp.isms.authorisation.application.AuthorisationView;
import jp.isms.organisation.domain.Role;
import jp.isms.report.application.DocumentRef;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The documents in force, every request with its decision, and whether an authorisation is outdated. */
@Named
@ViewScoped
public class AuthorisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuthorisationService authorisations;

    /** One kind of document and its approved version in force (null when there is none). */
    public record InForce(String kind, DocumentRef document) implements Serializable {
    }

    private List<InForce> inForce = List.of();
    private List<AuthorisationView> requests = List.of();
    private String comment;

    public void load() {
        Ui.attempt(() -> {
            List<InForce> lines = new ArrayList<>();
            authorisations.inForce(currentUser.actor()).forEach((kind, ref) -> lines.add(new InForce(kind, ref.orElse(null))));
            inForce = lines;
            requests = authorisations.list(currentUser.actor());
        });
    }

    public void request() {
        if (Ui.attempt(() -> {
            AuthorisationView view = authorisations.request(currentUser.actor(), comment);
            Ui.info("authorisation.requested", view.requestNo());
        })) {
            comment = null;
            load();
        }
    }

    /** The office may request when every document has an approved version and no request waits. */
    public boolean isRequestable() {
        return currentUser.actor().has(Role.ISMS_OFFICE) && inForce.stream().allMatch(l -> l.document() != null)
                && requests.stream().noneMatch(r -> r.status() == jp.isms.authorisation.domain.AuthorisationStatus.REQUESTED);
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public List<InForce> getInForce() {
        return inForce;
    }

    public List<AuthorisationView> getRequests() {
        return requests;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
