/**
 * Approvals as records an auditor can trust: who decided, in which role, when, on whose behalf,
 * what, with which comment, and the SHA-256 of exactly what was decided on.
 */
package jp.isms.workflow.domain;
