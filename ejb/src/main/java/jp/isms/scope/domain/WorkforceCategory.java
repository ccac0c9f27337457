package jp.isms.scope.domain;

/** The kinds of people who work for the company; each is inside the scope or outside it. */
public enum WorkforceCategory {
    /** 正社員 */
    REGULAR,
    /** 契約社員 */
    CONTRACT,
    /** 派遣社員 */
    DISPATCHED,
    /** 業務委託 */
    OUTSOURCED;

    public String messageKey() {
        return "scope.workforce." + name();
    }
}
