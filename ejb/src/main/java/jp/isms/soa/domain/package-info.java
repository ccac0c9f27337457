/**
 * The Statement of Applicability (適用宣言書, ISO/IEC 27001 6.1.3 d): for each of the 93 Annex A controls,
 * whether it applies and why, how far it is implemented, the risks it treats and the internal rules that
 * carry it out. Versioned like every approved document: an approved version is frozen, a change starts
 * the next version.
 */
package jp.isms.soa.domain;
