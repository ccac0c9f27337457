/**
 * Adapters of the control context: the catalogue read once from the reference data files under
 * {@code reference/} on the classpath (see {@code reference/README.md} for their format).
 */
package jp.isms.control.infrastructure;
