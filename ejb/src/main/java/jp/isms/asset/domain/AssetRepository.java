package jp.isms.asset.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** The assets of the inventory; the JPA implementation lives in infrastructure. */
public interface AssetRepository {

    Optional<Asset> find(String assetNo);

    /** The assets of those numbers that exist, by number: one query for a whole import. */
    Map<String, Asset> findAll(Collection<String> assetNos);

    void add(Asset asset);

    long count();

    /** Sorting and filtering happen in the database; fields are checked against a whitelist. */
    Page<Asset> page(PageRequest request);

    /** Pushes pending changes to the database now, so a clash surfaces inside the service. */
    void flush();

    /** Forgets the loaded assets (after a page of an export), so a long run does not hold them all. */
    void detachAll();
}
