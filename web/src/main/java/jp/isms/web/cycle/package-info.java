/** The task form of the certification cycle's tasks (prepare an audit, date a scope-change audit or re-audit). */
package jp.isms.web.cycle;
