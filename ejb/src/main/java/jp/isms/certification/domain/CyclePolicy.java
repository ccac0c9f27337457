package jp.isms.certification.domain;

import java.time.Period;

/**
 * How a company times its audits inside the fixed rules of the cycle; every value is zero or more.
 *
 * @param renewalLead how long before the certificate's expiry the renewal audit is planned, so that the body can
 *        decide before the certificate runs out (the renewal must be held on or before the expiry date)
 * @param windowTolerance how far before its planned date an audit may be brought forward; an audit may never
 *        be held after its due date, so the window is {@code [planned − tolerance, due]}
 * @param preparationWeeks how many weeks before an audit's planned date preparation starts (the process timer)
 */
public record CyclePolicy(Period renewalLead, Period windowTolerance, int preparationWeeks) {

    /**
     * Renewal planned one week before expiry, audits movable up to two months earlier, preparation eight weeks
     * ahead. With one week the memo's example holds for every February certificate issued on the 9th or later.
     */
    public static final CyclePolicy DEFAULT = new CyclePolicy(Period.ofWeeks(1), Period.ofMonths(2), 8);

    public CyclePolicy {
        Dates.requireNotNegative(renewalLead, "certification.policy.renewalLead");
        Dates.requireNotNegative(windowTolerance, "certification.policy.windowTolerance");
        Dates.requireNotNegative(preparationWeeks, "certification.policy.preparationWeeks");
    }

    public CyclePolicy withRenewalLead(Period lead) {
        return new CyclePolicy(lead, windowTolerance, preparationWeeks);
    }

    public CyclePolicy withWindowTolerance(Period tolerance) {
        return new CyclePolicy(renewalLead, tolerance, preparationWeeks);
    }

    public CyclePolicy withPreparationWeeks(int weeks) {
        return new CyclePolicy(renewalLead, windowTolerance, weeks);
    }
}
