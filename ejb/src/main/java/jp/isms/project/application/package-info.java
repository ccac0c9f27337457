/**
 * Use cases of the certification project: creating it with its team and proposed master schedule, adjusting the
 * schedule, submitting the kickoff to top management ({@code isms-kickoff}), recording progress against the
 * baseline, and the views screens and the API show.
 */
package jp.isms.project.application;
