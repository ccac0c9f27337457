package jp.isms.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.AuditStatus;
import jp.isms.audit.domain.ChecklistItem;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportHeaders;
import jp.isms.report.application.ReportLabels;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.Decision;

/**
 * The internal audit's documents as PDF/A in the SoA's style: the year's programme with the cycle's coverage,
 * and each audit's plan and report with every checklist result. The latest reviewed report goes into the
 * auditors' evidence pack.
 */
@ApplicationScoped
@Transactional
public class AuditDocuments implements EvidenceSource {

    public static final String KIND = "INTERNAL_AUDIT_REPORT";
    public static final String PROGRAMME_NO = "ISMS-IAP";

    @Inject
    AuditService service;

    @Inject
    AuditRepository audits;

    @Inject
    CompanyRepository companies;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    PdfRenderer renderer;

    public byte[] programmePdf(Actor actor, int year) {
        AuditViews.Programme programme = service.programme(actor, year);
        List<InternalAudit> ofYear = audits.all().stream().filter(a -> a.getYear() == year)
                .sorted(Comparator.comparing(InternalAudit::getAuditNo)).toList();
        return renderer.render(programmeReport(company(actor.locale()), programme, ofYear, actor.locale()));
    }

    public byte[] auditPdf(Actor actor, long id) {
        AuditService.requireReader(actor);
        return renderer.render(auditReport(company(actor.locale()), service.load(id), actor.locale()));
    }

    public static String programmeFileName(int year) {
        return PROGRAMME_NO + "-" + year + ".pdf";
    }

    public static String auditFileName(String auditNo) {
        return auditNo + ".pdf";
    }

    Report programmeReport(String company, AuditViews.Programme programme, List<InternalAudit> audits, Locale locale) {
        Report report = new Report(new Report.Header(company, Messages.get(locale, "audit.programme.title",
                programme.year()), PROGRAMME_NO + "-" + programme.year(), 1, null, List.of()), ReportLabels.of(locale),
                Report.Orientation.LANDSCAPE);
        report.facts(List.of(
                new String[] { Messages.get(locale, "audit.programme.cycle"),
                        Messages.get(locale, "audit.programme.cycleValue", programme.cycleStart(),
                                programme.cycleStart() + 2, programme.cycleYear()) },
                new String[] { Messages.get(locale, "audit.programme.count"),
                        String.valueOf(programme.requirements().size()) },
                new String[] { Messages.get(locale, "audit.programme.gaps"), String.valueOf(programme.gaps()) }));
        report.paragraph(Messages.get(locale, "audit.programme.intro"));
        report.heading(Messages.get(locale, "audit.plans"));
        List<List<String>> plans = new ArrayList<>();
        for (InternalAudit a : audits) {
            plans.add(List.of(a.getAuditNo(), a.getTitle(), a.getStartDate() + " – " + a.getEndDate(),
                    service.displayName(a.getLeadAuditor()),
                    a.getAssignments().stream().map(x -> x.departmentCode() + ": " + service.displayName(x.auditorUsername()))
                            .collect(Collectors.joining("\n")),
                    Messages.get(locale, "audit.status." + a.getStatus())));
        }
        report.table(List.of(Messages.get(locale, "audit.no"), Messages.get(locale, "audit.title"),
                Messages.get(locale, "audit.dates"), Messages.get(locale, "audit.lead"), Messages.get(locale, "audit.team"),
                Messages.get(locale, "audit.statusLabel")), List.of(1f, 3f, 1.6f, 1.2f, 2.4f, 1f), plans);
        report.heading(Messages.get(locale, "audit.programme.coverage"));
        List<String> columns = new ArrayList<>(List.of(Messages.get(locale, "audit.requirement"),
                Messages.get(locale, "audit.requirementTitle")));
        List<Float> weights = new ArrayList<>(List.of(0.8f, 4f));
        programme.cycleYears().forEach(y -> {
            columns.add(String.valueOf(y));
            weights.add(0.6f);
        });
        List<List<String>> rows = new ArrayList<>();
        for (AuditViews.CoverageLine line : programme.coverage()) {
            List<String> row = new ArrayList<>(List.of(line.requirement(), line.title()));
            programme.cycleYears().forEach(y -> row.add(line.auditedIn(y) ? "●" : line.gap() && y == programme.year()
                    ? Messages.get(locale, "audit.programme.gap") : ""));
            rows.add(row);
        }
        report.table(columns, weights, rows);
        return report;
    }

    Report auditReport(String company, InternalAudit a, Locale locale) {
        boolean reviewed = a.getStatus() == AuditStatus.REVIEWED;
        Report report = new Report(ReportHeaders.header(company, Messages.get(locale, "audit.report.title"),
                a.getAuditNo(), 1, reviewed ? a.getReviewedAt() : null,
                approvalLog.forSubject(AuditSteps.SUBJECT_TYPE, a.getAuditNo()), locale), ReportLabels.of(locale),
                Report.Orientation.LANDSCAPE);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] { Messages.get(locale, "audit.title"), a.getTitle() });
        facts.add(new String[] { Messages.get(locale, "audit.statusLabel"), Messages.get(locale, "audit.status." + a.getStatus()) });
        facts.add(new String[] { Messages.get(locale, "audit.scope"), a.getScope() });
        facts.add(new String[] { Messages.get(locale, "audit.criteria"), a.getCriteria() });
        facts.add(new String[] { Messages.get(locale, "audit.dates"), a.getStartDate() + " – " + a.getEndDate() });
        facts.add(new String[] { Messages.get(locale, "audit.lead"), service.displayName(a.getLeadAuditor()) });
        facts.add(new String[] { Messages.get(locale, "audit.team"), a.getAssignments().stream()
                .map(x -> x.departmentCode() + ": " + service.displayName(x.auditorUsername())).collect(Collectors.joining(", ")) });
        if (a.getReportSha256() != null) {
            facts.add(new String[] { "SHA-256", a.getReportSha256() });
        }
        report.facts(facts);
        if (a.getReportSummary() != null) {
            report.heading(Messages.get(locale, "audit.report.summary"));
            report.paragraph(a.getReportSummary());
        }
        if (!a.getFindingsNumbered().isEmpty()) {
            report.heading(Messages.get(locale, "audit.findings"));
            report.table(List.of("No.", Messages.get(locale, "audit.department"), Messages.get(locale, "audit.requirement"),
                    Messages.get(locale, "audit.resultLabel"), Messages.get(locale, "audit.evidence"),
                    Messages.get(locale, "audit.findingState")), List.of(1.2f, 0.8f, 0.8f, 1.2f, 5f, 1f),
                    a.getFindingsNumbered().stream().map(i -> List.of(AuditService.reference(a, i), i.getDepartmentCode(),
                            i.getRequirement(), Messages.get(locale, "audit.result." + i.getResult()), nz(i.getEvidence()),
                            Messages.get(locale, i.getClosedOn() == null ? "audit.finding.open" : "audit.finding.closed")))
                            .toList());
        }
        if (reviewed) {
            report.heading(Messages.get(locale, "audit.review.title"));
            report.facts(List.<String[]>of(
                    new String[] { Messages.get(locale, "audit.review.by"), service.displayName(a.getReviewedBy()) + " · "
                            + a.getReviewedAt().atZone(ReportHeaders.ZONE).toLocalDate() },
                    new String[] { Messages.get(locale, "audit.review.comment"), nz(a.getReviewComment()) }));
        }
        for (String department : a.departments()) {
            report.heading(Messages.get(locale, "audit.checklistOf", department,
                    a.auditorOf(department).map(service::displayName).orElse("-")));
            List<List<String>> rows = new ArrayList<>();
            for (ChecklistItem i : a.getItems()) {
                if (i.getDepartmentCode().equals(department)) {
                    rows.add(List.of(i.getRequirement(), service.requirementTitle(i.getRequirement(), locale),
                            nz(i.getCheckpoint()), i.getResult() == null ? Messages.get(locale, "audit.result.OPEN")
                                    : Messages.get(locale, "audit.result." + i.getResult()),
                            nz(i.getEvidence()) + (i.getAttachmentName() == null ? "" : "\n[" + i.getAttachmentName() + "]"),
                            nz(i.getInterviewee())));
                }
            }
            report.table(List.of(Messages.get(locale, "audit.requirement"), Messages.get(locale, "audit.requirementTitle"),
                    Messages.get(locale, "audit.checkpoint"), Messages.get(locale, "audit.resultLabel"),
                    Messages.get(locale, "audit.evidence"), Messages.get(locale, "audit.interviewee")),
                    List.of(0.8f, 2.6f, 2.2f, 1.1f, 3.2f, 1.1f), rows);
        }
        return report;
    }

    @Override
    public int order() {
        return 60;
    }

    /** The latest reviewed audit report. */
    @Override
    public List<EvidenceFile> files(Locale locale) {
        return audits.all().stream().filter(a -> a.getStatus() == AuditStatus.REVIEWED)
                .max(Comparator.comparing(InternalAudit::getReviewedAt)).map(a -> {
                    String approvals = approvalLog.forSubject(AuditSteps.SUBJECT_TYPE, a.getAuditNo()).stream()
                            .filter(r -> r.getDecision() == Decision.APPROVE)
                            .map(r -> Messages.get(locale, "audit.evidence.approval", r.getActorDisplayName(),
                                    r.getDecidedAt().atZone(ReportHeaders.ZONE).toLocalDate()))
                            .collect(Collectors.joining(", "));
                    return List.of(new EvidenceFile(new DocumentRef(KIND, a.getAuditNo(), 1, a.getReportSha256()),
                            Messages.get(locale, "audit.report.title") + " " + a.getAuditNo(), approvals,
                            "internal_audit_" + a.getAuditNo(), renderer.render(auditReport(company(locale), a, locale))));
                }).orElse(List.of());
    }

    private String company(Locale locale) {
        return companies.current().map(c -> Messages.supported(locale).equals(Locale.ENGLISH) && c.getNameEn() != null
                ? c.getNameEn() : c.getName()).orElse("-");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
