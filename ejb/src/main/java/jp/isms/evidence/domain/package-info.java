/** The log of evidence packs handed out: who, when, which language, and the SHA-256 of the exact ZIP. */
package jp.isms.evidence.domain;
