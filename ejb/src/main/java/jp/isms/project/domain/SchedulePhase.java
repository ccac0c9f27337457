package jp.isms.project.domain;

/**
 * The phases of a certification project, in the proposal's order: preparation, the four PDCA phases, then the
 * certification body's part (application, stage 1, stage 2, certificate). Visible names: message keys
 * {@code schedule.phase.<NAME>}.
 */
public enum SchedulePhase {
    /** PJ準備: interviews, overall plan, project team, kickoff. */
    PREP,
    /** ISMS確立 (P①–⑩), about three months. */
    PLAN,
    /** ISMS導入・運用 (D①–⑧), one to two months. */
    DO,
    /** ISMS監視・見直し (C①–⑧), one to two months: internal audit, management review. */
    CHECK,
    /** ISMS維持・改善 (A①–④), two to three months. */
    ACT,
    /** 審査登録: application, stage 1 (予備審査), stage 2 (本審査), certificate. Laid out backwards from the target. */
    CERT;

    public String messageKey() {
        return "schedule.phase." + name();
    }
}
