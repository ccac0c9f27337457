/** Faces pages of the internal audit: the audits and a new plan, one audit with its checklists, the programme. */
package jp.isms.web.audit;
