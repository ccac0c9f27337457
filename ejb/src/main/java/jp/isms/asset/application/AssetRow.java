package jp.isms.asset.application;

import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.Classification;

/** One inventory line as screens and the API show it. */
public record AssetRow(String assetNo, String name, AssetType type, Classification classification,
        int confidentiality, int integrity, int availability, int assetValue, String owner, String departmentCode,
        String location) implements java.io.Serializable {

    static AssetRow of(Asset a) {
        return new AssetRow(a.getAssetNo(), a.getName(), a.getType(), a.getClassification(), a.getConfidentiality(),
                a.getIntegrity(), a.getAvailability(), a.getAssetValue(), a.getOwner(), a.getDepartmentCode(),
                a.getLocation());
    }
}
