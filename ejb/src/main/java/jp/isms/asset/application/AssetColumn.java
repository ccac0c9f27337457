package jp.isms.asset.application;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.isms.shared.application.Messages;

/**
 * The columns of an inventory file, in export order. On import they are found by their header, in
 * Japanese or English, in any order; width, case and spaces do not matter ({@code ＡＳＳＥＴ　ＮＯ．} is
 * {@code Asset No.}).
 */
public enum AssetColumn {
    ASSET_NO("asset.assetNo", true),
    NAME("asset.name", true),
    TYPE("asset.type", true),
    CLASSIFICATION("asset.classification", true),
    CONFIDENTIALITY("asset.confidentiality", true),
    INTEGRITY("asset.integrity", true),
    AVAILABILITY("asset.availability", true),
    /** Exported for reading; on import it may be present and is ignored: the value is always derived. */
    ASSET_VALUE("asset.assetValue", false),
    OWNER("asset.owner", true),
    DEPARTMENT("asset.department", true),
    LOCATION("asset.location", false);

    private static final Map<String, AssetColumn> BY_HEADER = new HashMap<>();

    static {
        for (AssetColumn column : values()) {
            BY_HEADER.put(normalise(Messages.get(Messages.JAPANESE, column.messageKey)), column);
            BY_HEADER.put(normalise(Messages.get(Locale.ENGLISH, column.messageKey)), column);
        }
    }

    private final String messageKey;
    private final boolean requiredOnImport;

    AssetColumn(String messageKey, boolean requiredOnImport) {
        this.messageKey = messageKey;
        this.requiredOnImport = requiredOnImport;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean requiredOnImport() {
        return requiredOnImport;
    }

    public String header(Locale locale) {
        return Messages.get(locale, messageKey);
    }

    public static Optional<AssetColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalise(header)));
    }

    /** Full-width to half-width (NFKC), no spaces of any kind, lower case: how headers and codes are compared. */
    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }
}
