/**
 * Opening corrective actions from {@code NonconformityRaised}, the work of each step, the register of
 * nonconformities, the report, and what the action contributes to the review, the calendar and the evidence pack.
 */
package jp.isms.corrective.application;
