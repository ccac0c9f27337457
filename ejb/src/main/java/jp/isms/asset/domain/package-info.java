/**
 * The asset inventory (情報資産目録): information assets with their type, owner, department, location,
 * classification (機密区分) and C/I/A values, and the asset value derived from them by the configured rule.
 * Plain objects for now, shaped so they can become JPA entities (non-final fields, a protected no-arg
 * constructor, scores stored rather than computed in queries).
 */
package jp.isms.asset.domain;
