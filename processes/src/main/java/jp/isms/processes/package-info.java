/**
 * Executable business-process models of the ISMS lifecycle and the identifiers the
 * application shares with them.
 *
 * <p>This package (module {@code isms-processes}) holds no engine code. It contains
 * <ul>
 *   <li>the BPMN files under {@code processes/} and the DMN files under {@code decisions/}
 *       on the classpath, listed in
 *       {@link jp.isms.processes.ProcessResources#ALL} so that the application can deploy them, and</li>
 *   <li>one constants class per process or decision (e.g. {@link jp.isms.processes.RiskAssessmentApproval},
 *       {@link jp.isms.processes.RiskLevelDecision})
 *       holding the process key, activity ids, candidate groups, form keys, variable names,
 *       decision values and delegate bean names that appear in the model.</li>
 * </ul>
 * The models are verified by process and decision tests running on an in-memory Camunda engine.
 */
package jp.isms.processes;
