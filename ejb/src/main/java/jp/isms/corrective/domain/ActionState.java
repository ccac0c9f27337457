package jp.isms.corrective.domain;

/** Where a corrective action stands: the step whose work is awaited. Only {@link #CLOSED} is finished. */
public enum ActionState {
    /** The immediate fix (修正) is awaited. */
    CORRECTION,
    /** The why-why analysis (原因分析) is awaited. */
    ROOT_CAUSE,
    /** The plan (処置計画) is awaited: first, after a return, or after a failed verification. */
    PLANNING,
    /** The ISMS office decides on the plan. */
    PLAN_APPROVAL,
    /** The owner implements the approved plan. */
    IMPLEMENTATION,
    /** Someone other than the implementer verifies effectiveness. */
    VERIFICATION,
    /** Verified effective and closed. */
    CLOSED;

    public String messageKey() {
        return "corrective.state." + name();
    }
}
