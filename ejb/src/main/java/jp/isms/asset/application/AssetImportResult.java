package jp.isms.asset.application;

import java.util.List;
import jp.isms.asset.domain.Asset;

/**
 * Either every asset of the file or the reasons it was refused — never a part of the file.
 */
public final class AssetImportResult {

    private final List<Asset> assets;
    private final List<ImportError> errors;

    private AssetImportResult(List<Asset> assets, List<ImportError> errors) {
        this.assets = List.copyOf(assets);
        this.errors = List.copyOf(errors);
    }

    static AssetImportResult accepted(List<Asset> assets) {
        return new AssetImportResult(assets, List.of());
    }

    static AssetImportResult refused(List<ImportError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        return new AssetImportResult(List.of(), errors);
    }

    public boolean isAccepted() {
        return errors.isEmpty();
    }

    /** The assets in file order; empty when refused. */
    public List<Asset> assets() {
        return assets;
    }

    /** Why it was refused, in file order; empty when accepted. */
    public List<ImportError> errors() {
        return errors;
    }
}
