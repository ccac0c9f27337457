package jp.isms.audit.domain;

import jp.isms.shared.domain.NonconformityGrade;

/** What the auditor found on one checklist item. Only the two nonconformities start a corrective action. */
public enum AuditResult {
    CONFORMING, MAJOR_NC, MINOR_NC, OBSERVATION, OPPORTUNITY;

    public boolean nonconformity() {
        return this == MAJOR_NC || this == MINOR_NC;
    }

    public NonconformityGrade grade() {
        return switch (this) {
            case MAJOR_NC -> NonconformityGrade.MAJOR;
            case MINOR_NC -> NonconformityGrade.MINOR;
            default -> throw new IllegalStateException(this + " is not a nonconformity");
        };
    }
}
