package jp.isms.processes;

import java.util.List;

/**
 * Classpath names of every process model (BPMN and DMN) contained in this module.
 *
 * <p>The application deploys exactly these resources to the Camunda engine, for example
 * <pre>{@code
 * DeploymentBuilder deployment = repositoryService.createDeployment()
 *         .name("isms-processes")
 *         .enableDuplicateFiltering(true);
 * ProcessResources.ALL.forEach(deployment::addClasspathResource);
 * deployment.deploy();
 * }</pre>
 * BPMN processes live in {@value #FOLDER}, DMN decisions in {@value #DECISIONS_FOLDER}
 * (both under {@code src/main/resources/}). When a model is added to one of {@link #FOLDERS},
 * add it here as well (a test fails if a model file is missing from this list).
 */
public final class ProcessResources {

    /** Folder (classpath prefix) holding the BPMN process models of this module. */
    public static final String FOLDER = "processes/";

    /** Folder (classpath prefix) holding the DMN decision models of this module. */
    public static final String DECISIONS_FOLDER = "decisions/";

    /** Every folder that holds models; no model lives anywhere else. */
    public static final List<String> FOLDERS = List.of(FOLDER, DECISIONS_FOLDER);

    /** Every BPMN/DMN resource of this module, as classpath resource names. */
    public static final List<String> ALL = List.of(
            RiskAssessmentApproval.RESOURCE,
            RiskLevelDecision.RESOURCE,
            GovernanceApproval.RESOURCE,
            IsmsKickoff.RESOURCE,
            SoaApproval.RESOURCE,
            ManagementAuthorisation.RESOURCE,
            InternalAudit.RESOURCE,
            ManagementReview.RESOURCE,
            CertificationBodySelection.RESOURCE,
            CertificationAudit.RESOURCE,
            CorrectiveAction.RESOURCE,
            CertificationCycleProcess.RESOURCE,
            CertificationCycleProcess.AUDIT_RESOURCE);

    private ProcessResources() {
    }
}
