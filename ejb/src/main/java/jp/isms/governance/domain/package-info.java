/**
 * The organisation's context and leadership documents (JIS Q 27001 4.1, 4.2, 5.2, 6.2): internal
 * and external issues, interested parties and their requirements, the information security policy
 * as approved versions, and the information security objectives.
 */
package jp.isms.governance.domain;
