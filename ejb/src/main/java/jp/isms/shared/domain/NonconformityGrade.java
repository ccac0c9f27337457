package jp.isms.shared.domain;

/** How serious a nonconformity is; both grades require a corrective action. */
public enum NonconformityGrade {
    /** 重大な不適合: a requirement not met at all, or doubt that the ISMS achieves its outcomes. */
    MAJOR,
    /** 軽微な不適合: a single lapse that does not put the ISMS's outcomes in doubt. */
    MINOR
}
