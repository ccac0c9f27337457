package jp.isms.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import jp.isms.governance.domain.PolicyVersion.PolicyText;
import jp.isms.organisation.domain.Company;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportHeaders;
import jp.isms.report.application.ReportLabels;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalRecord;

/**
 * The information security policy in force (clause 5.2) as a controlled PDF/A in the SoA's style, for the
 * auditors' evidence pack: its title, effective date, text and the SHA-256 top management approved.
 */
@ApplicationScoped
@Transactional
public class PolicyEvidence extends ApprovedVersionEvidence<PolicyText> {

    public static final String KIND = "POLICY";
    static final String DOCUMENT_NO = "ISMS-POLICY";

    @Inject
    PolicyDocuments policies;

    @Override
    public int order() {
        return 20;
    }

    @Override
    protected VersionedDocuments<?, PolicyText> documents() {
        return policies;
    }

    @Override
    protected Naming naming() {
        return new Naming(KIND, DOCUMENT_NO, "policy.pageTitle", "policy");
    }

    @Override
    protected Report report(DocumentView<PolicyText> version, List<ApprovalRecord> decisions, Company company,
            Locale locale) {
        return policyReport(version, decisions, company, locale);
    }

    static Report policyReport(DocumentView<PolicyText> version, List<ApprovalRecord> decisions, Company company, Locale locale) {
        String companyName = ReportHeaders.companyName(company, locale);
        PolicyText text = version.content();
        Report report = new Report(ReportHeaders.header(companyName, Messages.get(locale, "policy.pageTitle"), DOCUMENT_NO,
                version.versionNo(), version.approvedAt(), decisions, locale), ReportLabels.of(locale),
                Report.Orientation.PORTRAIT);
        report.facts(List.of(new String[] { Messages.get(locale, "report.status"),
                Messages.get(locale, "status." + version.status().name()) },
                new String[] { Messages.get(locale, "policy.effectiveDate"),
                        text.effectiveDate() == null ? "-" : text.effectiveDate().toString() },
                new String[] { "SHA-256", version.contentSha256() }));
        report.heading(text.title());
        report.paragraph(text.body());
        return report;
    }
}
