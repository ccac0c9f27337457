package jp.isms.risk.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.isms.asset.domain.AssetType;
import jp.isms.shared.application.Messages;

/**
 * One threat–vulnerability pair of the catalogue for an asset type, with the Annex A controls it suggests;
 * e.g. {@code HWD-01b} ハードウェア: 盗難 / ディスクが暗号化されていない → 8.1, 8.24. Several entries of one
 * threat share the threat code (the code without its last letter) and its texts.
 *
 * @param code {@code INF-01a}: type prefix, threat number, vulnerability letter; stable, proposals keep it
 * @param controlIds suggested Annex A 2022 control numbers, at least one, main one first
 */
public record CatalogueEntry(String code, AssetType assetType, String threatJa, String threatEn,
        String vulnerabilityJa, String vulnerabilityEn, List<String> controlIds) {

    public CatalogueEntry {
        Objects.requireNonNull(assetType, "asset type");
        for (String text : new String[] { code, threatJa, threatEn, vulnerabilityJa, vulnerabilityEn }) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("catalogue entry " + code + " has an empty text");
            }
        }
        if (controlIds == null || controlIds.isEmpty()) {
            throw new IllegalArgumentException("catalogue entry " + code + " suggests no control");
        }
        controlIds = List.copyOf(controlIds);
    }

    /** The code of the threat this entry belongs to: {@code INF-01} for {@code INF-01a}. */
    public String threatCode() {
        return code.substring(0, code.length() - 1);
    }

    public String threat(Locale locale) {
        return english(locale) ? threatEn : threatJa;
    }

    public String vulnerability(Locale locale) {
        return english(locale) ? vulnerabilityEn : vulnerabilityJa;
    }

    private static boolean english(Locale locale) {
        return Messages.supported(locale).equals(Locale.ENGLISH);
    }
}
