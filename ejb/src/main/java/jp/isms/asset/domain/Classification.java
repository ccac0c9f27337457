package jp.isms.asset.domain;

/**
 * 機密区分: the four levels most Japanese companies' 情報管理規程 use, from the least to the most protected.
 * 公開 may be shown to anyone; 社外秘 stays inside the company; 秘 (often called 関係者外秘) only for the
 * people who need it; 極秘 only for named people, typically management information, M&amp;A, personal data of
 * special care. The text is the bundle's {@code asset.classification.*}.
 */
public enum Classification {
    /** 公開 */
    PUBLIC,
    /** 社外秘 */
    INTERNAL,
    /** 秘 (関係者外秘) */
    CONFIDENTIAL,
    /** 極秘 */
    STRICTLY_CONFIDENTIAL;

    public String messageKey() {
        return "asset.classification." + name();
    }
}
