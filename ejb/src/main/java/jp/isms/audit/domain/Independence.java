package jp.isms.audit.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The independence rule of clause 9.2 as this product applies it: an auditor may not audit
 * <ul>
 *   <li>the department they belong to ({@code audit.independence.ownDepartment}), nor</li>
 *   <li>a department whose records they produced: a department in which they own an information asset of the
 *       asset register ({@code audit.independence.ownRecords}) — the asset owner keeps the asset's records
 *       (classification, access, backups), so they would audit their own work.</li>
 * </ul>
 * Records with no department (the ISMS-wide documents) do not bar anyone: the CISO's approval of the plan is the
 * check there.
 */
public final class Independence {

    private Independence() {
    }

    /**
     * @param auditorDepartment       the auditor's department code, null when they belong to none
     * @param departmentsWithOwnRecords the departments in which the auditor owns records
     * @param audited                 the department to audit
     * @return the message key of the reason the auditor may not audit it, empty when they may
     */
    public static Optional<String> refusal(String auditorDepartment, Set<String> departmentsWithOwnRecords,
            String audited) {
        if (audited.equals(auditorDepartment)) {
            return Optional.of("audit.independence.ownDepartment");
        }
        if (departmentsWithOwnRecords.contains(audited)) {
            return Optional.of("audit.independence.ownRecords");
        }
        return Optional.empty();
    }
}
