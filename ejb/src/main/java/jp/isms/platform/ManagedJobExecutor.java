package jp.isms.platform;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * The engine's job executor on a container-managed executor, so timer and async jobs run on
 * threads that carry the application's naming and security context, and WildFly can shut them
 * down. The acquisition loop occupies one thread of that executor for as long as it runs, which is
 * why the executor is the application's own and not the server default.
 */
public class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;

    public ManagedJobExecutor(ManagedExecutorService executor) {
        this.executor = executor;
    }

    @Override
    protected void startExecutingJobs() {
        executor.execute(acquireJobsRunnable);
    }

    @Override
    protected void stopExecutingJobs() {
        // The acquisition loop has been told to stop by shutdown(); the container owns the threads.
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
