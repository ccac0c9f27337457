package jp.isms.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.isms.evidence.domain.PackDownload;
import jp.isms.evidence.domain.PackDownloadRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.ReportHeaders;
import jp.isms.shared.application.Messages;
import jp.isms.shared.domain.IsmsException;

/**
 * Assembles the auditors' evidence pack from every {@link EvidenceSource} there is and logs each one handed
 * out. Those who face the auditors take it: the CISO, the ISMS office, top management and the internal
 * auditors; nobody else, whatever the screen shows.
 */
@ApplicationScoped
@Transactional
public class EvidencePacks {

    static final Set<Role> TAKERS = EnumSet.of(Role.CISO, Role.ISMS_OFFICE, Role.TOP_MANAGEMENT, Role.INTERNAL_AUDITOR);
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int LOG_LINES = 20;

    @Inject
    @Any
    Instance<EvidenceSource> sources;

    @Inject
    CompanyRepository companies;

    @Inject
    PdfRenderer renderer;

    @Inject
    PackDownloadRepository downloads;

    public static boolean mayTake(Actor actor) {
        return actor != null && actor.roles().stream().anyMatch(TAKERS::contains);
    }

    /** Every current approved document rendered in {@code locale}, numbered, hashed, with its index. */
    public PreparedPack prepare(Actor actor, Locale locale) {
        requireTaker(actor);
        Locale language = Messages.supported(locale);
        EvidencePack pack = new EvidencePack(collect(sources.stream().toList(), language), Instant.now());
        String companyName = ReportHeaders.companyName(companies.current().orElse(null), language);
        EvidenceIndex.Made made = new EvidenceIndex.Made(companyName, actor.displayName() + " (" + actor.username() + ")",
                pack.madeAt().atZone(ReportHeaders.ZONE).format(MADE_AT) + " JST");
        return new PreparedPack(pack, renderer.render(EvidenceIndex.report(pack, made, language)), language);
    }

    /** Sources by their order (ties by class, so the order never depends on discovery), each one's files as given. */
    static List<EvidenceFile> collect(List<EvidenceSource> all, Locale locale) {
        List<EvidenceFile> files = new ArrayList<>();
        all.stream().sorted(Comparator.comparingInt(EvidenceSource::order).thenComparing(s -> s.getClass().getName()))
                .forEach(source -> files.addAll(source.files(locale)));
        return files;
    }

    /** Logs a pack that went out completely; in its own transaction, as the streaming happened after the first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void handedOut(Actor actor, PreparedPack pack, PreparedPack.Written written) {
        requireTaker(actor);
        downloads.add(new PackDownload(actor.username(), Instant.now(), pack.locale().getLanguage(), pack.fileCount(),
                written.sha256(), written.bytes()));
    }

    /** The packs handed out lately, the newest first. */
    public List<LoggedPack> log(Actor actor) {
        requireTaker(actor);
        return downloads.latest(LOG_LINES).stream().map(d -> new LoggedPack(d.getDownloadedBy(), d.getDownloadedAt(),
                d.getLanguage(), d.getFileCount(), d.getZipSha256(), d.getZipBytes())).toList();
    }

    /** One line of the log as screens and the API show it. */
    public record LoggedPack(String by, Instant at, String language, int files, String sha256, long bytes)
            implements java.io.Serializable {
    }

    private static void requireTaker(Actor actor) {
        if (!mayTake(actor)) {
            throw IsmsException.forbidden("evidence.forbidden");
        }
    }
}
