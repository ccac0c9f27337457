package jp.isms.certification.domain;

/** The audits of one certification cycle, in the order they take place. */
public enum AuditKind {
    /** 第1回維持審査: in year 1, at the latest on the first anniversary of the cycle's start. */
    SURVEILLANCE_1(1),
    /** 第2回維持審査: in year 2, at the latest on the second anniversary. */
    SURVEILLANCE_2(2),
    /** 更新審査 (再認証審査): in year 3, before the certificate expires. */
    RENEWAL(3);

    private final int year;

    AuditKind(int year) {
        this.year = year;
    }

    /** The year of the cycle the audit belongs to, 1 to 3. */
    public int year() {
        return year;
    }

    public boolean isSurveillance() {
        return this != RENEWAL;
    }

    /** The bundle key of the audit's name, e.g. {@code certification.audit.RENEWAL}. */
    public String messageKey() {
        return "certification.audit." + name();
    }
}
