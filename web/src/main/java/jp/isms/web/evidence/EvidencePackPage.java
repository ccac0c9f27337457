package jp.isms.web.evidence;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import jp.isms.evidence.application.EvidenceIndex;
import jp.isms.evidence.application.EvidencePacks;
import jp.isms.evidence.application.PreparedPack;
import jp.isms.organisation.application.Actor;
import jp.isms.report.application.DocumentRef;
import jp.isms.web.api.Downloads;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * Shows what the pack will hold in the chosen language (the documents are rendered to say so, as the
 * download would), and streams the ZIP itself straight into the response.
 */
@Named
@ViewScoped
public class EvidencePackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    EvidencePacks packs;

    /** One document as the page lists it; no PDF bytes are kept in the view. */
    public record Line(String number, String fileName, String kind, String title, String key, String version,
            String approvals, String contentSha256, String pdfSha256) implements Serializable {
    }

    private String language;
    private List<Line> lines = List.of();
    private List<EvidencePacks.LoggedPack> log = List.of();

    public void load() {
        if (language == null) {
            language = "en".equals(Ui.locale().getLanguage()) ? "en" : "ja";
        }
        Ui.attempt(() -> {
            Actor actor = currentUser.actor();
            Locale locale = locale();
            lines = packs.prepare(actor, locale).pack().entries().stream().map(e -> {
                DocumentRef ref = e.file().ref();
                return new Line(String.format("%02d", e.number()), e.fileName(), EvidenceIndex.kindName(ref.kind(), locale),
                        e.file().title(), ref.key(), ref.version() > 0 ? String.valueOf(ref.version()) : "-",
                        e.file().approvals(), ref.sha256(), e.pdfSha256());
            }).toList();
            log = packs.log(actor);
        });
    }

    /** Writes the ZIP into this response: no copy of it is held, and the page stays as it was. */
    public void download() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Ui.attempt(() -> {
            Actor actor = currentUser.actor();
            PreparedPack pack = packs.prepare(actor, locale());
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("application/zip");
            external.setResponseHeader("Content-Disposition", Downloads.disposition(pack.fileName()));
            try {
                packs.handedOut(actor, pack, pack.writeTo(external.getResponseOutputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        });
    }

    private Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<EvidencePacks.LoggedPack> getLog() {
        return log;
    }
}
