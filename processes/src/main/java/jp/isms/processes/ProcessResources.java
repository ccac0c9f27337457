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
 * When a model is added to {@code src/main/resources/processes/}, add it here as well
 * (a test fails if a model file is missing from this list).
 */
public final class ProcessResources {

    /** Folder (classpath prefix) holding all process models of this module. */
    public static final String FOLDER = "processes/";

    /** Every BPMN/DMN resource of this module, as classpath resource names. */
    public static final List<String> ALL = List.of(
            RiskAssessmentApproval.RESOURCE);

    private ProcessResources() {
    }
}
