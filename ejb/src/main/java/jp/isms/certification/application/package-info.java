/**
 * Use cases of certification: the bodies and their quotes with the approval of the choice
 * ({@code certification-body-selection}), the readiness check, the audits ({@code certification-audit}) with
 * their findings (major and minor ones start corrective actions) and interviews, and the certificates.
 */
package jp.isms.certification.application;
