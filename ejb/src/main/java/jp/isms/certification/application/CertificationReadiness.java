package jp.isms.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.AuditStatus;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.review.domain.ReviewRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.certification.domain.ReadinessConfig;
import jp.isms.governance.domain.PolicyRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.scope.domain.ScopeRepository;
import jp.isms.shared.application.AuditReadiness;
import jp.isms.shared.application.Messages;
import jp.isms.shared.application.ReadinessItem;
import jp.isms.soa.domain.SoaRepository;

/**
 * Whether the company is ready for its certification audit: the scope and the policy approved, the risk
 * assessment approved, the SoA approved, an internal audit and a management review done.
 *
 * <p>The internal audit counts once top management has reviewed its report, the management review once top
 * management has signed its minutes: a plan or a report still in progress, or minutes waiting for the signature,
 * are what the audit is missing. Stage 1 may leave both out when the CISO says so (the memo's fastest path);
 * stage 2 never does.
 */
@ApplicationScoped
@Transactional
public class CertificationReadiness implements AuditReadiness {

    @Inject
    ScopeRepository scopes;

    @Inject
    PolicyRepository policies;

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    SoaRepository statements;

    @Inject
    AuditRepository audits;

    @Inject
    ReviewRepository reviews;

    @Inject
    CertificationRepository repository;

    /** One requirement: whether it is met, whether stage 1 asks for it, and what is shown. */
    public record Check(String key, boolean met, boolean requiredForStage1, String detail, String link)
            implements java.io.Serializable {
    }

    /** Every item, stage 2's view: what the next audit needs. */
    @Override
    public List<ReadinessItem> items(Locale locale) {
        return checks().stream().map(c -> new ReadinessItem(Messages.get(locale, "certification.readiness." + c.key()),
                c.met(), c.detail() == null ? Messages.get(locale, "certification.readiness.missing")
                        : c.detail(), c.link())).toList();
    }

    public List<Check> checks(Actor actor) {
        CertificationBodies.requireReader(actor);
        return checks();
    }

    public List<Check> checks() {
        ReadinessConfig config = repository.readinessConfig();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("scope", scopes.approved().isPresent(), true,
                scopes.approved().map(v -> "v" + v.getVersionNo()).orElse(null), "/app/scope/scope.xhtml"));
        checks.add(new Check("policy", policies.approved().isPresent(), true,
                policies.approved().map(v -> "v" + v.getVersionNo()).orElse(null), "/app/governance/policy.xhtml"));
        Optional<RiskAssessment> risk = assessments.current().flatMap(a -> assessments.approvedVersion(a.getBusinessKey()));
        checks.add(new Check("riskAssessment", risk.isPresent(), true,
                risk.map(a -> a.getBusinessKey() + " v" + a.getVersion()).orElse(null), "/app/risk/register.xhtml"));
        checks.add(new Check("soa", statements.approved().isPresent(), true,
                statements.approved().map(s -> "v" + s.getVersion()).orElse(null), "/app/soa/statement.xhtml"));
        Optional<String> audit = lastReviewedAudit();
        checks.add(new Check("internalAudit", audit.isPresent(), config.isStage1RequiresInternalAudit(),
                audit.orElse(null), "/app/audit/audits.xhtml"));
        Optional<String> review = reviews.latestSigned().map(r -> r.getReviewNo() + " " + day(r.getSignedAt()));
        checks.add(new Check("managementReview", review.isPresent(), config.isStage1RequiresReview(),
                review.orElse(null), "/app/review/reviews.xhtml"));
        return checks;
    }

    public boolean readyForStage1() {
        return checks().stream().allMatch(c -> c.met() || !c.requiredForStage1());
    }

    public boolean readyForStage2() {
        return checks().stream().allMatch(Check::met);
    }

    /** The bundle keys of what stage 1 still lacks. */
    public List<String> missingForStage1() {
        return checks().stream().filter(c -> !c.met() && c.requiredForStage1())
                .map(c -> "certification.readiness." + c.key()).toList();
    }

    public ReadinessConfig config(Actor actor) {
        CertificationBodies.requireReader(actor);
        return repository.readinessConfig();
    }

    /** The CISO decides whether stage 1 may come before the internal audit and the management review. */
    public void configure(Actor actor, boolean internalAuditForStage1, boolean reviewForStage1) {
        actor.require(Role.CISO);
        repository.readinessConfig().change(internalAuditForStage1, reviewForStage1, actor.username());
        repository.flush();
    }

    /** The newest internal audit whose report top management reviewed: its number and the review's day. */
    private Optional<String> lastReviewedAudit() {
        return audits.all().stream().filter(a -> a.getStatus() == AuditStatus.REVIEWED && a.getReviewedAt() != null)
                .max(Comparator.comparing(InternalAudit::getReviewedAt))
                .map(a -> a.getAuditNo() + " " + day(a.getReviewedAt()));
    }

    private static String day(Instant instant) {
        return instant.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString();
    }
}
