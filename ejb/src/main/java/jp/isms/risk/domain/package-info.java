/**
 * Risk assessment: the register of risks of one assessment version, their inherent and residual
 * scores, and the assessment's path from draft to an approved, frozen residual-risk list.
 */
package jp.isms.risk.domain;
