package jp.isms.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.isms.processes.ProcessResources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Builds the embedded engine on the application's datasource and the server's transaction
 * manager, so a task completion and the domain change it causes share one JTA transaction.
 * The CDI module's producers then hand the engine and its services to every bean.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class EngineBootstrap {

    private static final Logger LOG = Logger.getLogger(EngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/IsmsDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/camunda-job-executor")
    ManagedExecutorService jobExecutorThreads;

    @Inject
    BeanManager beanManager;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        // Delegate expressions must see this module's beans, not those of ear/lib where the engine lives.
        BeanManagerLookup.localInstance = beanManager;

        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName(ProcessEngines.DEFAULT_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new CdiExpressionManager());
        configuration.setJobExecutor(new ManagedJobExecutor(jobExecutorThreads));
        configuration.setJobExecutorActivate(true);
        // Several nodes may share one database: ids must not come from a per-node block counter.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        // Every user task of every process mails its people (new task), whatever its BPMN says.
        configuration.setCustomPostBPMNParseListeners(
                new java.util.ArrayList<>(java.util.List.of(new jp.isms.notification.infrastructure.TaskMailParseListener())));
        engine = configuration.buildProcessEngine();

        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("isms-processes").source("isms-lifecycle").enableDuplicateFiltering(false);
        ProcessResources.ALL.forEach(resource -> deployment.addClasspathResource(resource));
        deployment.deploy();
        LOG.info(() -> "Process engine '" + engine.getName() + "' started with " + ProcessResources.ALL.size()
                + " process resources");
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    /** Names shared with the CDI module's lookup. */
    static final class ProcessEngines {
        static final String DEFAULT_NAME = org.camunda.bpm.engine.ProcessEngines.NAME_DEFAULT;

        private ProcessEngines() {
        }
    }
}
