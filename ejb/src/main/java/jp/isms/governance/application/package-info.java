/**
 * Use cases of the governance documents: approving scope and policy versions through
 * {@code governance-approval}, the context registers (4.1, 4.2), the policy (5.2) and the
 * objectives (6.2). The ISMS office edits; everyone signed in reads.
 */
package jp.isms.governance.application;
