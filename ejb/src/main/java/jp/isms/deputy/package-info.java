/**
 * Deputies (代理承認): a manager names a deputy for a period; during it the manager's tasks reach the deputy, who
 * decides them on the manager's behalf. The delegation and its revocation are themselves the record.
 */
package jp.isms.deputy;
