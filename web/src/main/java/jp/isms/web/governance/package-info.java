/** Faces beans of the context (issues, parties), the policy, the objectives and the governance approval tasks. */
package jp.isms.web.governance;
