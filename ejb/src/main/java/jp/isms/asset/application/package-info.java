/**
 * Use cases of the asset inventory that cross its boundary: importing an inventory from an Excel
 * (.xlsx) or CSV file, all or nothing with row-level errors, and exporting it in the same columns.
 * The file formats themselves are behind the {@link jp.isms.asset.application.TabularFiles} port;
 * the adapters live in {@code jp.isms.asset.infrastructure}.
 */
package jp.isms.asset.application;
