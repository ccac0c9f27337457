package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import jp.isms.evidence.application.EvidencePacks;
import jp.isms.evidence.application.PreparedPack;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * The auditors' evidence pack: {@code GET /api/evidence-pack?lang=ja|en} streams the ZIP; {@code /contents}
 * says what it holds without the files; {@code /log} lists the packs handed out.
 */
@Path("/evidence-pack")
@RequestScoped
public class EvidencePackResource {

    static final String ZIP = "application/zip";

    @Inject
    CurrentUser currentUser;

    @Inject
    EvidencePacks packs;

    /** One document of the pack as JSON. */
    public record EntryJson(int number, String fileName, String kind, String title, String key, int version,
            String approvals, String contentSha256, String pdfSha256, int pdfBytes) {
    }

    /**
     * The documents are rendered (and a refusal answered) before the first byte goes out; the ZIP is then
     * written straight into the response and logged once it is complete.
     */
    @GET
    @Produces({ ZIP, MediaType.APPLICATION_JSON })
    public Response download(@QueryParam("lang") String lang) {
        Actor actor = currentUser.actor();
        PreparedPack pack = packs.prepare(actor, language(lang, actor));
        StreamingOutput body = out -> packs.handedOut(actor, pack, pack.writeTo(out));
        return Response.ok(body, ZIP).header("Content-Disposition", Downloads.disposition(pack.fileName())).build();
    }

    @GET
    @Path("/contents")
    @Produces(MediaType.APPLICATION_JSON)
    public List<EntryJson> contents(@QueryParam("lang") String lang) {
        Actor actor = currentUser.actor();
        return packs.prepare(actor, language(lang, actor)).pack().entries().stream()
                .map(e -> new EntryJson(e.number(), e.fileName(), e.file().ref().kind(), e.file().title(),
                        e.file().ref().key(), e.file().ref().version(), e.file().approvals(), e.file().ref().sha256(),
                        e.pdfSha256(), e.file().pdf().length))
                .toList();
    }

    @GET
    @Path("/log")
    @Produces(MediaType.APPLICATION_JSON)
    public List<EvidencePacks.LoggedPack> log() {
        return packs.log(currentUser.actor());
    }

    /** {@code ja} or {@code en}; none means the user's own language. */
    private static Locale language(String lang, Actor actor) {
        if (lang == null || lang.isBlank()) {
            return actor.locale();
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw IsmsException.invalid("evidence.unknownLanguage", lang);
        };
    }
}
