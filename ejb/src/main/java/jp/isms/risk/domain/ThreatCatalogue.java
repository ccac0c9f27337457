package jp.isms.risk.domain;

import java.util.List;
import java.util.Optional;
import jp.isms.asset.domain.AssetType;

/**
 * The threats and vulnerabilities typical of each asset type in Japanese ISMS practice, each with suggested
 * Annex A controls: reference data, the same for every company, read from {@code reference/threats.tsv}.
 * It is what the system proposes as risks when an asset is entered.
 */
public interface ThreatCatalogue {

    /** Every entry, in file order. */
    List<CatalogueEntry> all();

    /** The entries of one asset type, in file order; never empty for a known type. */
    List<CatalogueEntry> forType(AssetType type);

    Optional<CatalogueEntry> entry(String code);
}
