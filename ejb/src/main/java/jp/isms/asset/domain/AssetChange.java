package jp.isms.asset.domain;

/**
 * What a user enters for an asset, on a form or in one row of an import: everything except the asset
 * number (its identity) and the asset value (derived).
 */
public record AssetChange(String name, AssetType type, Classification classification, int confidentiality,
        int integrity, int availability, String owner, String departmentCode, String location) {
}
