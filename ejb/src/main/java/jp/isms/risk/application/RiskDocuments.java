package jp.isms.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportHeaders;
import jp.isms.report.application.ReportLabels;
import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.shared.application.Messages;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;

/**
 * The risk assessment's documents in the style of every controlled document: the assessment report, the
 * residual risk list (what top management accepted, with its SHA-256) and the risk treatment plan.
 */
@ApplicationScoped
@Transactional
public class RiskDocuments {

    /** The three documents; the suffix makes each one's document number. */
    public enum Kind {
        REPORT("REPORT", "report.risk.report"),
        RESIDUAL_RISKS("RESIDUAL", "report.risk.residual"),
        TREATMENT_PLAN("PLAN", "report.risk.plan");

        final String suffix;
        final String titleKey;

        Kind(String suffix, String titleKey) {
            this.suffix = suffix;
            this.titleKey = titleKey;
        }
    }

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    PdfRenderer renderer;

    @Inject
    jp.isms.riskmethod.application.RiskMethods methods;

    public byte[] pdf(Actor actor, Kind kind, String businessKey, Integer version) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("risk.register.forbidden");
        }
        RiskAssessment assessment = (version == null ? assessments.latest(businessKey)
                : assessments.find(businessKey, version))
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", businessKey));
        return renderer.render(report(kind, assessment, actor.locale()));
    }

    public static String fileName(Kind kind, String businessKey, Integer version) {
        return businessKey + "-" + kind.suffix + (version == null ? "" : "-v" + version) + ".pdf";
    }

    /** The approved version of the current assessment: what the authorisation of the ISMS attaches. */
    Optional<RiskAssessment> approvedCurrent() {
        return assessments.current().flatMap(a -> assessments.approvedVersion(a.getBusinessKey()));
    }

    /**
     * SHA-256 of the plan's canonical content: each risk's number, treatment option, plan text, chosen controls
     * and plan items (action, owner, due date, status), by number, so a changed item is a changed plan.
     */
    static String treatmentPlanSha256(RiskAssessment a) {
        return ContentHash.sha256(sorted(a).stream().map(r -> String.join("\u001f", r.getRiskNo(), r.getTreatment().name(),
                r.getTreatmentPlan() == null ? "" : r.getTreatmentPlan(), String.join(" ", r.getControlIds()),
                r.getPlanItems().stream().map(i -> i.getItemNo() + "|" + i.getAction() + "|" + i.getOwnerUsername() + "|"
                        + i.getDueDate() + "|" + i.getStatus()).collect(Collectors.joining(";"))))
                .collect(Collectors.joining("\n")));
    }

    Report report(Kind kind, RiskAssessment a, Locale locale) {
        List<ApprovalRecord> decisions = approvalLog.forSubject(RiskAssessmentApprovalSteps.SUBJECT_TYPE, a.getBusinessKey());
        String company = Messages.supported(locale).equals(Locale.ENGLISH) && a.getCompany().getNameEn() != null
                ? a.getCompany().getNameEn() : a.getCompany().getName();
        Report report = new Report(ReportHeaders.header(company, Messages.get(locale, kind.titleKey),
                a.getBusinessKey() + "-" + kind.suffix, a.getVersion(), a.getApprovedAt(), decisions, locale),
                ReportLabels.of(locale), Report.Orientation.LANDSCAPE);
        List<String[]> facts = new ArrayList<>(List.of(
                new String[] { Messages.get(locale, "register.key"), a.getBusinessKey() },
                new String[] { Messages.get(locale, "risk.assessment.title"), a.getTitle() },
                new String[] { Messages.get(locale, "soa.status"), Messages.get(locale, "status." + a.getStatus()) },
                new String[] { Messages.get(locale, "report.risk.method"), methodText(a, locale) },
                new String[] { Messages.get(locale, "report.risk.count"), String.valueOf(a.getRisks().size()) }));
        switch (kind) {
            case REPORT -> {
                facts.add(new String[] { "SHA-256", a.residualRiskFingerprint() });
                report.facts(facts).heading(Messages.get(locale, "report.risk.risks"));
                table(report, a, locale, List.of("risk.no", "risk.department", "risk.assetName", "risk.threat",
                        "risk.vulnerability", "report.risk.inherent", "risk.treatment", "risk.treatmentPlan",
                        "report.risk.residual.short"), List.of(0.6f, 1f, 1.5f, 1.5f, 1.8f, 1f, 0.7f, 2.2f, 1f),
                        r -> List.of(r.getRiskNo(), department(r, locale), r.getAssetName(), r.getThreat(),
                                r.getVulnerability(), score(r.getLikelihood(), r.getImpact(), r.getInherentScore(),
                                        r.getInherentLevel().name(), locale),
                                Messages.get(locale, "treatment." + r.getTreatment()), text(r.getTreatmentPlan()),
                                score(r.getResidualLikelihood(), r.getResidualImpact(), r.getResidualScore(),
                                        r.getResidualLevel().name(), locale)));
                report.heading(Messages.get(locale, "register.history"));
                report.table(List.of(Messages.get(locale, "history.when"), Messages.get(locale, "history.version"),
                        Messages.get(locale, "history.step"), Messages.get(locale, "history.decision"),
                        Messages.get(locale, "history.who"), Messages.get(locale, "history.comment"), "SHA-256"),
                        List.of(1.2f, 0.4f, 1.2f, 0.7f, 1.5f, 2.5f, 2.8f),
                        decisions.stream().map(d -> List.of(
                                d.getDecidedAt().atZone(ReportHeaders.ZONE).toLocalDateTime().withNano(0).toString().replace('T', ' '),
                                "v" + d.getSubjectVersion(), Messages.get(locale, "step." + d.getStep()),
                                Messages.get(locale, "decision." + d.getDecision()),
                                jp.isms.report.application.ReportHeaders.who(d, locale),
                                text(d.getComment()), d.getContentSha256())).toList());
            }
            case RESIDUAL_RISKS -> {
                facts.add(new String[] { Messages.get(locale, "report.risk.acceptedSha256"),
                        a.getApprovedFingerprint() == null ? Messages.get(locale, "report.draft") : a.getApprovedFingerprint() });
                report.facts(facts);
                table(report, a, locale, List.of("risk.no", "risk.department", "risk.assetName", "risk.threat",
                        "risk.treatment", "risk.residualLikelihood", "risk.residualImpact", "report.risk.residual.short"),
                        List.of(0.6f, 1f, 1.6f, 1.8f, 0.8f, 0.8f, 0.8f, 1f),
                        r -> List.of(r.getRiskNo(), department(r, locale), r.getAssetName(), r.getThreat(),
                                Messages.get(locale, "treatment." + r.getTreatment()),
                                String.valueOf(r.getResidualLikelihood()), String.valueOf(r.getResidualImpact()),
                                r.getResidualScore() + " " + Messages.get(locale, "level." + r.getResidualLevel())));
            }
            case TREATMENT_PLAN -> {
                facts.add(new String[] { "SHA-256", treatmentPlanSha256(a) });
                report.facts(facts);
                table(report, a, locale, List.of("risk.no", "risk.department", "risk.assetName", "risk.threat",
                        "report.risk.inherent", "risk.treatment", "risk.treatmentPlan", "report.risk.controls",
                        "report.risk.residual.short"),
                        List.of(0.6f, 1f, 1.4f, 1.5f, 0.9f, 0.7f, 2.4f, 1.1f, 0.9f),
                        r -> List.of(r.getRiskNo(), department(r, locale), r.getAssetName(), r.getThreat(),
                                r.getInherentScore() + " " + Messages.get(locale, "level." + r.getInherentLevel()),
                                Messages.get(locale, "treatment." + r.getTreatment()), text(r.getTreatmentPlan()),
                                String.join(", ", r.getControlIds()),
                                r.getResidualScore() + " " + Messages.get(locale, "level." + r.getResidualLevel())));
                report.heading(Messages.get(locale, "report.risk.planItems"));
                report.table(List.of(Messages.get(locale, "risk.no"), Messages.get(locale, "treatment.planItem.action"),
                        Messages.get(locale, "treatment.planItem.owner"), Messages.get(locale, "treatment.planItem.dueDate"),
                        Messages.get(locale, "treatment.planItem.status")), List.of(0.6f, 4f, 1.2f, 1f, 0.9f),
                        sorted(a).stream().flatMap(r -> r.getPlanItems().stream().map(i -> List.of(r.getRiskNo(),
                                i.getAction(), i.getOwnerUsername(), String.valueOf(i.getDueDate()),
                                Messages.get(locale, "treatment.planItem.status." + i.getStatus())))).toList());
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return report;
    }

    /** The method version the assessment was scored with, e.g. "v1 発生可能性 × 影響度 (1–5)". */
    private String methodText(RiskAssessment a, Locale locale) {
        if (methods == null) {
            return Messages.get(locale, "report.risk.methodText");
        }
        var method = methods.describe(a.getMethodVersionId());
        return "v" + method.version() + " " + Messages.get(locale, "method.kind." + method.kind().name()) + " (1–"
                + method.scale() + ")";
    }

    private static void table(Report report, RiskAssessment a, Locale locale, List<String> columnKeys, List<Float> weights,
            Function<Risk, List<String>> cells) {
        report.table(columnKeys.stream().map(k -> Messages.get(locale, k)).toList(), weights,
                sorted(a).stream().map(cells).toList());
    }

    private static List<Risk> sorted(RiskAssessment a) {
        return a.getRisks().stream().sorted(Comparator.comparing(Risk::getRiskNo)).toList();
    }

    private static String score(int likelihood, int impact, int score, String level, Locale locale) {
        return likelihood + "×" + impact + " = " + score + " " + Messages.get(locale, "level." + level);
    }

    private static String department(Risk r, Locale locale) {
        return r.getDepartment() == null ? "-" : r.getDepartment().getName();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
