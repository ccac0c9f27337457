/**
 * File adapters of the asset inventory: .xlsx through Apache POI's streaming APIs (SAX event reading,
 * SXSSF writing) and RFC 4180 CSV in UTF-8 (with or without BOM) or Shift_JIS (Windows-31J).
 */
package jp.isms.asset.infrastructure;
