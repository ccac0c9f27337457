/**
 * The controls catalogue: the 93 controls of ISO/IEC 27001:2022 Annex A (JIS Q 27001:2023 附属書A) with their
 * themes, Japanese and English titles and ISO/IEC 27002 control types, the requirement clauses 4.1–10.2, and
 * how the 114 controls of the 2013 edition map onto the 2022 ones. Immutable reference values; the Statement
 * of Applicability built on them comes later.
 */
package jp.isms.control.domain;
