/**
 * The certification project: its master schedule (マスタースケジュール), proposed from a template of phases and
 * steps shaped like the consultancy proposal's 作業スケジュール (PJ準備, P①–⑩, D①–⑧, C①–⑧, A①–④, application,
 * stage 1, stage 2, certificate), adjusted by the ISMS office, frozen as the baseline when top management commits
 * to the project, and measured against that baseline (planned vs actual per PDCA phase, late items).
 * The schedule rules are pure; {@link jp.isms.project.domain.CertificationProject} stores a schedule as dates per step.
 */
package jp.isms.project.domain;
