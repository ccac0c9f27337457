package jp.isms.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportHeaders;
import jp.isms.report.application.ReportLabels;
import jp.isms.review.domain.ReviewRepository;
import jp.isms.review.domain.ReviewStatus;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The minutes of a management review as PDF/A in the SoA's style: schedule, inputs with their discussion,
 * attendees, decisions, output actions, and the sign-off with the SHA-256 of the signed version. The latest
 * signed minutes go into the auditors' evidence pack.
 */
@ApplicationScoped
@Transactional
public class ReviewMinutes implements EvidenceSource {

    static final String DOCUMENT_PREFIX = "ISMS-";

    @Inject
    ReviewService reviews;

    @Inject
    ReviewRepository repository;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    CompanyRepository companies;

    @Inject
    PdfRenderer renderer;

    public byte[] pdf(Actor actor, String reviewNo) {
        return render(reviews.view(actor, reviewNo), actor.locale());
    }

    public static String fileName(String reviewNo) {
        return DOCUMENT_PREFIX + reviewNo + ".pdf";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<EvidenceFile> files(Locale locale) {
        return repository.latestSigned().map(reviews::viewOf).map(v -> new EvidenceFile(
                new DocumentRef(ReviewSteps.SUBJECT_TYPE, v.reviewNo(), 1, v.signedSha256()),
                Messages.get(locale, "review.minutes.title") + " " + v.reviewNo(),
                Messages.get(locale, "review.minutes.signedBy", v.signedBy(),
                        v.signedAt().atZone(ReportHeaders.ZONE).toLocalDate()),
                "management_review_" + v.reviewNo(), render(v, locale))).stream().toList();
    }

    private byte[] render(ReviewView view, Locale locale) {
        return renderer.render(report(view, approvalLog.forSubject(ReviewSteps.SUBJECT_TYPE, view.reviewNo()),
                companies.current().orElse(null), locale));
    }

    static Report report(ReviewView v, List<ApprovalRecord> decisions, Company company, Locale locale) {
        String companyName = company == null ? "" : Messages.supported(locale).equals(Locale.ENGLISH)
                && company.getNameEn() != null ? company.getNameEn() : company.getName();
        Report report = new Report(ReportHeaders.header(companyName, Messages.get(locale, "review.minutes.title"),
                DOCUMENT_PREFIX + v.reviewNo(), 1, v.signedAt(), decisions, locale), ReportLabels.of(locale),
                Report.Orientation.PORTRAIT);
        report.facts(List.of(
                new String[] { Messages.get(locale, "review.no"), v.reviewNo() },
                new String[] { Messages.get(locale, "review.status"), Messages.get(locale, "review.status." + v.status().name()) },
                new String[] { Messages.get(locale, "review.scheduledDate"), String.valueOf(v.scheduledDate()) },
                new String[] { Messages.get(locale, "review.meetingDate"), v.meetingDate() == null ? "-" : v.meetingDate().toString() },
                new String[] { Messages.get(locale, "review.place"), v.place() },
                new String[] { Messages.get(locale, "review.period"), v.periodFrom() + " – " + v.periodTo() }));
        report.heading(Messages.get(locale, "review.attendees"));
        report.table(columns(locale, "review.attendee.name", "review.attendee.role"), List.of(2f, 3f),
                v.attendees().stream().map(a -> List.of(a.name(), a.role())).toList());
        report.heading(Messages.get(locale, "review.inputs"));
        report.table(columns(locale, "review.input", "review.draft", "review.discussion"), List.of(2f, 4f, 3f),
                v.inputs().stream().map(i -> List.of(Messages.get(locale, i.input().messageKey()), text(i.draftText()),
                        text(i.discussion()))).toList());
        report.heading(Messages.get(locale, "review.decisions"));
        report.paragraph(text(v.decisions()));
        report.heading(Messages.get(locale, "review.actions"));
        report.table(columns(locale, "review.action.key", "review.action.description", "review.action.owner",
                "review.action.dueDate", "review.action.status"), List.of(1.5f, 4f, 1.3f, 1.3f, 1f),
                v.actions().stream().map(a -> List.of(a.key(), a.description(), a.owner(), a.dueDate().toString(),
                        Messages.get(locale, "review.action.status." + a.status().name()))).toList());
        report.heading(Messages.get(locale, "review.signOff"));
        Optional<ApprovalRecord> signature = decisions.stream().filter(d -> d.getDecision() == Decision.APPROVE)
                .reduce((a, b) -> b);
        report.facts(List.of(
                new String[] { Messages.get(locale, "review.signedBy"), v.status() == ReviewStatus.SIGNED
                        ? signature.map(ApprovalRecord::getActorDisplayName).orElse(v.signedBy()) : Messages.get(locale, "review.notSigned") },
                new String[] { Messages.get(locale, "review.signedAt"), v.signedAt() == null ? "-"
                        : v.signedAt().atZone(ReportHeaders.ZONE).toLocalDateTime().withNano(0).toString() },
                new String[] { "SHA-256", v.signedSha256() == null ? "-" : v.signedSha256() }));
        return report;
    }

    private static List<String> columns(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> Messages.get(locale, k)).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
