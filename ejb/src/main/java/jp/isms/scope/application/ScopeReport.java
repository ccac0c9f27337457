package jp.isms.scope.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import jp.isms.governance.application.DocumentView;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportHeaders;
import jp.isms.report.application.ReportLabels;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;

/**
 * The scope document (適用範囲) as a controlled PDF/A in the style of the SoA: one version with its statement,
 * units, sites, workforce categories, systems and exclusions with their reasons, and who approved it.
 */
@ApplicationScoped
@Transactional
public class ScopeReport {

    static final String DOCUMENT_NO = "ISMS-SCOPE";

    @Inject
    ScopeDocuments scopes;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    CompanyRepository companies;

    @Inject
    PdfRenderer renderer;

    /** The PDF of one version; readers are those of the scope page (the view checks them). */
    public byte[] pdf(Actor actor, long versionId) {
        DocumentView<ScopeContent> version = scopes.view(actor, versionId);
        return renderer.render(report(version, approvalLog.forSubject(scopes.subjectKey(), scopes.subjectKey()),
                companies.current().orElse(null), actor.locale()));
    }

    public static String fileName(int versionNo) {
        return DOCUMENT_NO + "-v" + versionNo + ".pdf";
    }

    static Report report(DocumentView<ScopeContent> version, List<ApprovalRecord> decisions, Company company,
            Locale locale) {
        String companyName = ReportHeaders.companyName(company, locale);
        Report report = new Report(ReportHeaders.header(companyName, Messages.get(locale, "scope.title"), DOCUMENT_NO,
                version.versionNo(), version.approvedAt(), decisions, locale), ReportLabels.of(locale),
                Report.Orientation.PORTRAIT);
        ScopeContent c = version.content();
        report.facts(List.of(new String[] { Messages.get(locale, "report.status"),
                Messages.get(locale, "status." + version.status().name()) },
                new String[] { "SHA-256", version.contentSha256() }));
        report.heading(Messages.get(locale, "scope.statement"));
        report.paragraph(c.statement() == null ? "" : c.statement());
        report.heading(Messages.get(locale, "scope.units"));
        report.table(columns(locale, "scope.unit.code", "scope.unit.name", "scope.inScope", "scope.unit.note"),
                List.of(1f, 2.5f, 1f, 3f), c.units().stream().map(u -> List.of(u.code(), u.name(), in(u.inScope(), locale),
                        text(u.note()))).toList());
        report.heading(Messages.get(locale, "scope.sites"));
        report.table(columns(locale, "scope.site.name", "scope.site.address", "scope.inScope"), List.of(2f, 4f, 1f),
                c.sites().stream().map(s -> List.of(s.name(), text(s.address()), in(s.inScope(), locale))).toList());
        report.heading(Messages.get(locale, "scope.workforce"));
        report.table(columns(locale, "scope.workforce.category", "scope.inScope", "scope.workforce.note"),
                List.of(2f, 1f, 4f), c.workforce().stream().map(w -> List.of(Messages.get(locale, w.category().messageKey()),
                        in(w.inScope(), locale), text(w.note()))).toList());
        report.heading(Messages.get(locale, "scope.systems"));
        report.table(columns(locale, "scope.system.name", "scope.system.description", "scope.inScope"),
                List.of(2f, 4f, 1f), c.systems().stream().map(s -> List.of(s.name(), text(s.description()),
                        in(s.inScope(), locale))).toList());
        report.heading(Messages.get(locale, "scope.exclusions"));
        report.table(columns(locale, "scope.exclusion.subject", "scope.exclusion.justification"), List.of(2f, 5f),
                c.exclusions().stream().map(e -> List.of(e.subject(), e.justification())).toList());
        return report;
    }

    private static List<String> columns(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> Messages.get(locale, k)).toList();
    }

    private static String in(boolean inScope, Locale locale) {
        return Messages.get(locale, inScope ? "scope.inScope" : "scope.outOfScope");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
