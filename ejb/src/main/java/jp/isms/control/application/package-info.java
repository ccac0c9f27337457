/**
 * Use cases of the control context: the catalogue as screens and the API show it, in the reader's language
 * (Japanese unless English is asked for).
 */
package jp.isms.control.application;
