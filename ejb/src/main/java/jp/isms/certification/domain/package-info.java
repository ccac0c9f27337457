/**
 * Certification: the calendar of the certification cycle as pure domain rules, without persistence or
 * process. A certificate is valid for three years ({@link jp.isms.certification.domain.CertificateValidity});
 * each three-year {@link jp.isms.certification.domain.CertificationCycle} has two surveillance audits and a
 * renewal audit ({@link jp.isms.certification.domain.PlannedAudit}, timed by a
 * {@link jp.isms.certification.domain.CyclePolicy}); an on-time renewal starts the next cycle on the old
 * anniversary, for ever, while a late one lets the certificate lapse
 * ({@link jp.isms.certification.domain.RenewalTiming}). {@link jp.isms.certification.domain.CertificationStatus}
 * is the state machine from application to certificate, which keeps "audit passed — not yet certified"
 * apart from "certified".
 *
 * <p>The certification body's side: {@link jp.isms.certification.domain.CertificationBody bodies and their
 * quotes}, the approved {@link jp.isms.certification.domain.BodySelection choice of body}, each
 * {@link jp.isms.certification.domain.Audit audit} with its findings and interviews, and the
 * {@link jp.isms.certification.domain.Certificate certificates} the body issued.
 */
package jp.isms.certification.domain;
