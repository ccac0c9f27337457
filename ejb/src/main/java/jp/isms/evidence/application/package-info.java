/** Assembling, indexing and streaming the evidence pack; who may take one. */
package jp.isms.evidence.application;
