/**
 * Improvement (A phase, clause 10.1): items with owner and target date, acknowledged by each person concerned,
 * their achievement, and the revision of the security plan they led to.
 */
package jp.isms.improvement.domain;
