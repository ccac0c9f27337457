package jp.isms.riskmethod.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.processes.RiskLevelDecision;
import jp.isms.riskmethod.domain.MethodKind;
import jp.isms.riskmethod.domain.RiskMethodRepository;
import jp.isms.riskmethod.domain.RiskMethodVersion;
import jp.isms.riskmethod.infrastructure.RiskMethodDecisionModel;
import jp.isms.risk.domain.RiskMethod;
import jp.isms.shared.domain.IsmsException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The company's risk method versions. The CISO publishes a new version; publishing deploys the version's DMN
 * decision to the engine in the same transaction, and changes no existing assessment: each keeps the version it
 * stores until the ISMS office re-bases a draft explicitly.
 */
@ApplicationScoped
@Transactional
public class RiskMethods {

    private static final Logger LOG = Logger.getLogger(RiskMethods.class.getName());

    @Inject
    RiskMethodRepository versions;

    @Inject
    CompanyRepository companies;

    @Inject
    RepositoryService repositoryService;

    @Inject
    DecisionService decisionService;

    /** Every version, newest first; everyone who reads the risk register may read the criteria. */
    public List<MethodView> list(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("risk.register.forbidden");
        }
        List<RiskMethodVersion> all = versions.all();
        return all.stream().map(v -> MethodView.of(v, v == all.get(0))).toList();
    }

    public MethodView view(Actor actor, long id) {
        return list(actor).stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> IsmsException.notFound("method.unknown", id));
    }

    /** The CISO publishes the next version; a table that breaks a rule is refused and nothing is deployed. */
    public MethodView publish(Actor actor, MethodDraft draft) {
        actor.require(Role.CISO);
        if (draft == null) {
            throw IsmsException.invalid("validation.required", "method.kind");
        }
        Company company = companies.current().orElseThrow();
        int next = versions.current().map(RiskMethodVersion::getVersion).orElse(0) + 1;
        RiskMethodVersion version = new RiskMethodVersion(company, next, draft.kind(), draft.scale(), draft.rules(),
                actor.username(), draft.note());
        deployAndStore(version);
        LOG.info(() -> "Risk method version " + next + " (" + draft.kind() + ") published by " + actor.username());
        return MethodView.of(version, true);
    }

    /** The current version; on a company that has none yet, the default (likelihood × impact, 5 × 5) published as version 1. */
    public RiskMethodVersion current() {
        return versions.current().orElseGet(() -> {
            MethodKind kind = MethodKind.MULTIPLICATIVE;
            RiskMethodVersion first = new RiskMethodVersion(companies.current().orElseThrow(), 1, kind,
                    kind.defaultScale(), kind.defaultLevels(), "system", null);
            deployAndStore(first);
            return first;
        });
    }

    /** The method an assessment stores, for scoring its risks; an assessment from before versioning gets version 1. */
    public RiskMethod methodFor(Long versionId) {
        RiskMethodVersion version = versionId == null ? firstVersion()
                : versions.findById(versionId).orElseThrow(() -> IsmsException.notFound("method.unknown", versionId));
        return new VersionedMethod(version, decisionService);
    }

    public RiskMethod currentMethod() {
        return new VersionedMethod(current(), decisionService);
    }

    public int versionNumber(Long versionId) {
        return describe(versionId).version();
    }

    /** The version an assessment stores, as screens show it (version 1 for an assessment from before versioning). */
    public MethodView describe(Long versionId) {
        RiskMethodVersion version = versionId == null ? firstVersion()
                : versions.findById(versionId).orElseThrow(() -> IsmsException.notFound("method.unknown", versionId));
        return MethodView.of(version, versions.current().map(c -> c.getId().equals(version.getId())).orElse(false));
    }

    private RiskMethodVersion firstVersion() {
        current();
        List<RiskMethodVersion> all = versions.all();
        return all.get(all.size() - 1);
    }

    private void deployAndStore(RiskMethodVersion version) {
        versions.add(version);
        String deploymentId = repositoryService.createDeployment()
                .name("risk-method-v" + version.getVersion()).source("isms-lifecycle")
                .addModelInstance("risk-level-v" + version.getVersion() + ".dmn", RiskMethodDecisionModel.of(version))
                .deploy().getId();
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId)
                .decisionDefinitionKey(RiskLevelDecision.DECISION_KEY).singleResult();
        version.deployedAs(definition.getId());
        versions.flush();
    }
}
