package jp.isms.certification.domain;

import java.util.EnumSet;
import java.util.Set;
import jp.isms.shared.domain.IsmsException;

/**
 * Where a company stands with its certification body. Only {@link #CERTIFIED} is "certified": after a positive
 * stage 2 recommendation ({@link #STAGE2_DONE_RECOMMENDED}) the company has passed the audit but is not yet
 * certified until the body's decision.
 *
 * <p>Allowed moves: APPLIED → STAGE1_DONE → STAGE2_DONE_RECOMMENDED → CERTIFIED; CERTIFIED ⇄ SUSPENDED;
 * CERTIFIED or SUSPENDED → EXPIRED (renewal not in time); any state before EXPIRED → WITHDRAWN (by the company or
 * the body). A stage 2 that does not recommend keeps the company at STAGE1_DONE for the re-audit. WITHDRAWN and
 * EXPIRED are final: certifying again is a new application.
 */
public enum CertificationStatus {
    APPLIED,
    STAGE1_DONE,
    STAGE2_DONE_RECOMMENDED,
    CERTIFIED,
    SUSPENDED,
    WITHDRAWN,
    EXPIRED;

    public Set<CertificationStatus> allowedNext() {
        return switch (this) {
            case APPLIED -> EnumSet.of(STAGE1_DONE, WITHDRAWN);
            case STAGE1_DONE -> EnumSet.of(STAGE2_DONE_RECOMMENDED, WITHDRAWN);
            case STAGE2_DONE_RECOMMENDED -> EnumSet.of(CERTIFIED, WITHDRAWN);
            case CERTIFIED -> EnumSet.of(SUSPENDED, EXPIRED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(CERTIFIED, EXPIRED, WITHDRAWN);
            case WITHDRAWN, EXPIRED -> EnumSet.noneOf(CertificationStatus.class);
        };
    }

    public boolean canMoveTo(CertificationStatus target) {
        return target != null && allowedNext().contains(target);
    }

    /** The next status, or CONFLICT {@code certification.status.transitionNotAllowed}. */
    public CertificationStatus moveTo(CertificationStatus target) {
        if (target == null) {
            throw IsmsException.invalid("validation.required", "certification.status");
        }
        if (!canMoveTo(target)) {
            throw IsmsException.conflict("certification.status.transitionNotAllowed", messageKey(),
                    target.messageKey());
        }
        return target;
    }

    /** Whether the company may call itself certified and use the mark: only when {@link #CERTIFIED}. */
    public boolean isCertified() {
        return this == CERTIFIED;
    }

    /** "審査合格・認証登録前": stage 2 recommended certification, the body has not decided yet. */
    public boolean isAuditPassedNotYetCertified() {
        return this == STAGE2_DONE_RECOMMENDED;
    }

    public boolean isFinal() {
        return allowedNext().isEmpty();
    }

    /** The bundle key of the status's name, e.g. {@code certification.status.CERTIFIED}. */
    public String messageKey() {
        return "certification.status." + name();
    }
}
