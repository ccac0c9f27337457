/**
 * Top management's authorisation to introduce and operate the ISMS (P⑨): a request that attaches the exact
 * approved documents (kind, version, SHA-256 of each), the decision on it, and whether it still covers the
 * documents in force.
 */
package jp.isms.authorisation.domain;
