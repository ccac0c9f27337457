package jp.isms.governance.application;

import java.time.LocalDate;
import java.time.ZoneId;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.IsmsException;

/** Rules the governance use cases share. */
final class Governance {

    /** Due dates are the company's days: Tokyo's. */
    static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Tokyo");

    private Governance() {
    }

    /** Everyone signed in reads the context, the policy and the objectives. */
    static void requireReader(Actor actor) {
        if (actor == null) {
            throw IsmsException.forbidden("error.notAuthenticated");
        }
    }

    /** A change made on a stale copy is refused instead of silently overwriting someone else's. */
    static void requireSameVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw IsmsException.conflict("error.concurrentModification");
        }
    }

    static LocalDate today() {
        return LocalDate.now(COMPANY_ZONE);
    }
}
