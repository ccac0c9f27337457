/**
 * The ISMS scope (適用範囲, JIS Q 27001 4.3): which organisation units, sites, workforce categories
 * and systems the ISMS covers, what it excludes and why, and the scope statement — as versions
 * that are approved as a whole and kept for good, because after certification a change of scope
 * triggers a scope-change audit.
 */
package jp.isms.scope.domain;
