package jp.isms.corrective.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.isms.corrective.domain.ActionState;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportLabels;
import jp.isms.shared.application.Messages;

/**
 * The corrective action report (是正処置報告書) as PDF/A in the SoA's style: the nonconformity, the correction, the
 * why-why analysis, the plan and its approval, the implementation, the verification and the closure, each with
 * names and dates, then the history. The evidence pack holds the reports of closed actions: an open action is not
 * yet a record of a finished correction, and the register shows where each open one stands.
 */
@ApplicationScoped
@Transactional
public class CorrectiveActionReport implements EvidenceSource {

    static final String DOCUMENT_NO = "ISMS-CA";

    @Inject
    CorrectiveActions actions;

    @Inject
    CorrectiveActionRepository repository;

    @Inject
    CompanyRepository companies;

    @Inject
    PdfRenderer renderer;

    public byte[] pdf(Actor actor, long id) {
        ActionView view = actions.view(actor, id);
        return renderer.render(report(view, companyName(actor.locale()), actions.displayNames(), actor.locale()));
    }

    public static String fileName(String actionNo) {
        return DOCUMENT_NO + "-" + actionNo + ".pdf";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<EvidenceFile> files(Locale locale) {
        Function<String, String> names = actions.displayNames();
        String company = companyName(locale);
        return repository.closed().stream().map(a -> actions.viewOf(a, locale)).map(v -> new EvidenceFile(
                new DocumentRef("CORRECTIVE_ACTION", v.actionNo(), v.reopenCount() + 1, v.contentSha256()),
                Messages.get(locale, "corrective.report.title") + " " + v.actionNo(),
                Messages.get(locale, "corrective.report.verifiedLine", names.apply(v.verifiedBy()), date(v.verifiedAt())),
                "corrective_" + v.actionNo(), renderer.render(report(v, company, names, locale)))).toList();
    }

    private String companyName(Locale locale) {
        Company company = companies.current().orElse(null);
        return company == null ? "" : Messages.supported(locale).equals(Locale.ENGLISH) && company.getNameEn() != null
                ? company.getNameEn() : company.getName();
    }

    static Report report(ActionView a, String company, Function<String, String> names, Locale locale) {
        boolean closed = a.state() == ActionState.CLOSED;
        List<String> approvers = closed ? List.of(names.apply(a.verifiedBy()) + " (" + t(locale, "corrective.verifiedBy") + ")")
                : List.of();
        Report report = new Report(new Report.Header(company, t(locale, "corrective.report.title") + " " + a.actionNo(),
                DOCUMENT_NO + "-" + a.actionNo(), a.reopenCount() + 1, closed ? a.closedOn() : null, approvers),
                ReportLabels.of(locale), Report.Orientation.PORTRAIT);
        report.facts(List.of(line(locale, "corrective.actionNo", a.actionNo()),
                line(locale, "corrective.state", t(locale, a.state().messageKey())),
                line(locale, "corrective.source", t(locale, "corrective.source." + a.source().name())),
                line(locale, "corrective.sourceReference", a.sourceReference()),
                line(locale, "corrective.grade", t(locale, "corrective.grade." + a.grade().name())),
                line(locale, "corrective.department", a.departmentName() == null ? "-" : a.departmentName()),
                line(locale, "corrective.requirement", a.requirement() == null ? "-" : a.requirement()),
                line(locale, "corrective.raised", names.apply(a.raisedBy()) + " · " + date(a.raisedOn())),
                line(locale, "corrective.externalDeadline", date(a.externalDeadline())),
                new String[] { "SHA-256", a.contentSha256() }));
        report.heading(t(locale, "corrective.section.nonconformity"));
        report.paragraph(a.description());
        report.heading(t(locale, "corrective.section.correction"));
        report.paragraph(text(a.correction()) + by(locale, names, a.correctedBy(), null));
        report.heading(t(locale, "corrective.section.rootCause"));
        List<List<String>> whys = new ArrayList<>();
        for (int i = 0; i < a.whys().size(); i++) {
            whys.add(List.of(t(locale, "corrective.whyNo", i + 1), a.whys().get(i)));
        }
        whys.add(List.of(t(locale, "corrective.rootCause"), text(a.rootCause())));
        report.table(List.of(t(locale, "corrective.why"), t(locale, "corrective.answer")), List.of(1f, 5f), whys);
        report.paragraph(by(locale, names, a.analysedBy(), null).strip());
        report.heading(t(locale, "corrective.section.plan"));
        report.facts(List.of(line(locale, "corrective.owner", names.apply(a.owner())),
                line(locale, "corrective.dueDate", date(a.dueDate())),
                line(locale, "corrective.plannedBy", names.apply(a.plannedBy())),
                line(locale, "corrective.planApprovedBy", a.planApprovedBy() == null ? "-"
                        : names.apply(a.planApprovedBy()) + " · " + date(a.planApprovedAt()))));
        report.paragraph(text(a.plan()));
        report.heading(t(locale, "corrective.section.implementation"));
        report.paragraph(text(a.implementation()) + by(locale, names, a.implementedBy(), a.implementedAt()));
        report.heading(t(locale, "corrective.section.verification"));
        report.facts(List.of(line(locale, "corrective.verifiedBy", a.verifiedBy() == null ? "-"
                : names.apply(a.verifiedBy()) + " · " + date(a.verifiedAt())),
                line(locale, "corrective.verification", text(a.verification())),
                line(locale, "corrective.closedOn", date(a.closedOn())),
                line(locale, "corrective.reopenCount", String.valueOf(a.reopenCount()))));
        report.heading(t(locale, "corrective.section.history"));
        report.table(List.of(t(locale, "corrective.history.when"), t(locale, "corrective.history.who"),
                t(locale, "corrective.history.what"), t(locale, "corrective.history.note")), List.of(1.6f, 1.4f, 1.6f, 4f),
                a.history().stream().map(h -> List.of(dateTime(h.occurredAt()), h.actorName(),
                        t(locale, "corrective.event." + h.event()), text(h.note()))).toList());
        return report;
    }

    private static String[] line(Locale locale, String key, String value) {
        return new String[] { t(locale, key), value == null ? "-" : value };
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String by(Locale locale, Function<String, String> names, String who, Instant at) {
        return who == null ? "" : "\n(" + names.apply(who) + (at == null ? "" : " · " + date(at)) + ")";
    }

    static String date(LocalDate date) {
        return date == null ? "-" : date.toString();
    }

    static String date(Instant instant) {
        return instant == null ? "-" : instant.atZone(CorrectiveActions.ZONE).toLocalDate().toString();
    }

    static String dateTime(Instant instant) {
        return instant == null ? "-" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(CorrectiveActions.ZONE));
    }
}
