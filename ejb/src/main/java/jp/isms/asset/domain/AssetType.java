package jp.isms.asset.domain;

/** The kinds of asset JIS Q 27001 practice lists in an inventory; the text is the bundle's {@code asset.type.*}. */
public enum AssetType {
    /** 情報 (data, databases, documents in electronic form) */
    INFORMATION,
    /** 紙媒体 (paper documents) */
    PAPER,
    /** ソフトウェア */
    SOFTWARE,
    /** ハードウェア (PCs, servers, network devices, removable media) */
    HARDWARE,
    /** サービス (cloud services, outsourced services, utilities) */
    SERVICE,
    /** 人 (people and their knowledge) */
    PEOPLE,
    /** 施設 (buildings, rooms, server rooms) */
    FACILITY;

    public String messageKey() {
        return "asset.type." + name();
    }
}
