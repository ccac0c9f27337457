package jp.isms.asset.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.shared.domain.IsmsException;

/**
 * A company's inventory: the assets, each under an asset number unique within it, valued by the inventory's
 * configured {@link AssetValuation}. A whole import is added at once and only if none of its numbers is
 * taken, so an import never leaves half of a file in the inventory.
 */
public class AssetInventory {

    private AssetValuation valuation;
    private final Map<String, Asset> assets = new LinkedHashMap<>();

    public AssetInventory(AssetValuation valuation) {
        if (valuation == null) {
            throw IsmsException.invalid("validation.required", "asset.valuation.rule");
        }
        this.valuation = valuation;
    }

    public AssetValuation getValuation() {
        return valuation;
    }

    public Asset add(String assetNo, AssetChange values) {
        Asset asset = new Asset(assetNo, values, valuation);
        if (assets.containsKey(asset.getAssetNo())) {
            throw IsmsException.conflict("asset.assetNo.taken", asset.getAssetNo());
        }
        assets.put(asset.getAssetNo(), asset);
        return asset;
    }

    /** Adds all of them or, if any number is taken (here or twice among them), none. */
    public void addAll(Collection<Asset> imported) {
        Map<String, Asset> incoming = new LinkedHashMap<>();
        for (Asset asset : imported) {
            if (assets.containsKey(asset.getAssetNo()) || incoming.put(asset.getAssetNo(), asset) != null) {
                throw IsmsException.conflict("asset.assetNo.taken", asset.getAssetNo());
            }
        }
        assets.putAll(incoming);
    }

    public Asset change(String assetNo, AssetChange values) {
        Asset asset = find(assetNo).orElseThrow(() -> IsmsException.notFound("asset.unknown", assetNo));
        asset.apply(values, valuation);
        return asset;
    }

    public Optional<Asset> find(String assetNo) {
        return Optional.ofNullable(assets.get(assetNo));
    }

    public List<Asset> getAssets() {
        return Collections.unmodifiableList(new ArrayList<>(assets.values()));
    }

    public int size() {
        return assets.size();
    }
}
