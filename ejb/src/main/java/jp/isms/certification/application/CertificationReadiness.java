package jp.isms.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Whether the company is ready for its certification audit: the scope and the policy approved, the risk
 * assessment approved, the SoA approved, an internal audit and a management review done.
 *
 * <p>The internal audit and the management review are other contexts being built at the same time; their
 * state is read from the engine's history: a <em>finished</em> instance of the process {@value #INTERNAL_AUDIT}
 * or {@value #MANAGEMENT_REVIEW}. That needs nothing from them but their process keys, and it stays true once
 * they exist. Stage 1 may leave both out when the CISO says so (the memo's fastest path); stage 2 never does.
 */
@ApplicationScoped
@Transactional
public class CertificationReadiness implements AuditReadiness {

    static final String INTERNAL_AUDIT = "internal-audit";
    static final String MANAGEMENT_REVIEW = "management-review";

    @Inject
    ScopeRepository scopes;

    @Inject
    PolicyRepository policies;

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    SoaRepository statements;

    @Inject
    HistoryService history;

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
        checks.add(new Check("internalAudit", finished(INTERNAL_AUDIT).isPresent(), config.isStage1RequiresInternalAudit(),
                finished(INTERNAL_AUDIT).orElse(null), "/app/certification/audits.xhtml"));
        checks.add(new Check("managementReview", finished(MANAGEMENT_REVIEW).isPresent(), config.isStage1RequiresReview(),
                finished(MANAGEMENT_REVIEW).orElse(null), "/app/certification/audits.xhtml"));
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

    /** The end date of the newest finished instance of the process, as yyyy-MM-dd. */
    private Optional<String> finished(String processKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).finished()
                .orderByProcessInstanceEndTime().desc().listPage(0, 1).stream().findFirst()
                .map(HistoricProcessInstance::getEndTime)
                .map(d -> d.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString());
    }
}
