package jp.isms.certification.domain;

/** The body's conclusion at the end of stage 2 (or a surveillance / renewal audit); the process's stage2Result. */
public enum Stage2Result {
    RECOMMENDED, MINOR_CORRECTIONS, NOT_RECOMMENDED;

    public String messageKey() {
        return "certification.result." + name();
    }
}
