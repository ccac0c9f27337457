/** Requesting top management's authorisation of the ISMS, deciding on it, and telling whether it is outdated. */
package jp.isms.authorisation.application;
