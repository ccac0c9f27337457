/**
 * Internal audit (clause 9.2): the yearly programme and its coverage over the certification cycle, the plan with
 * its independence rule, the checklists and their results, the report reviewed by top management.
 */
package jp.isms.audit.domain;
