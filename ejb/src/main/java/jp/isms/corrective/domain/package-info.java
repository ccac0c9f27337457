/**
 * Corrective action (clause 10.2): a nonconformity from an internal audit, a certification audit or an incident,
 * its correction, why-why analysis, plan, implementation, verification by another person and closure, with the
 * history of who did what when. Nothing closes without verification.
 */
package jp.isms.corrective.domain;
