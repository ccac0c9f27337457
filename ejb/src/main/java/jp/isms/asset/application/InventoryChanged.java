package jp.isms.asset.application;

import java.util.List;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetType;

/**
 * Assets were entered or changed (by a form, the API or an import), fired inside the same transaction once they
 * are in the database. Other contexts react without the inventory knowing them: the risk context proposes risks
 * for entered assets. Carries facts, not entities.
 */
public record InventoryChanged(List<Facts> entered, List<Facts> changed) {

    /** What another context may know of an asset. */
    public record Facts(Long id, String assetNo, String name, AssetType type, String departmentCode) {

        public static Facts of(Asset asset) {
            return new Facts(asset.getId(), asset.getAssetNo(), asset.getName(), asset.getType(),
                    asset.getDepartmentCode());
        }
    }

    public InventoryChanged {
        entered = List.copyOf(entered);
        changed = List.copyOf(changed);
    }
}
