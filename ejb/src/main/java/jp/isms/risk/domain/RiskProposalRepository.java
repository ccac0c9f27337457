package jp.isms.risk.domain;

import java.util.Collection;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** The proposals of the threat catalogue; paged, sorted and filtered in the database. */
public interface RiskProposalRepository {

    Optional<RiskProposal> find(long id);

    /** Adds many at once (an import of thousands of assets), without keeping them all in memory. */
    void addAll(Collection<RiskProposal> proposals);

    /** Filters: {@code status}, {@code department} (code, exact), {@code assetNo} and {@code assetName} (part). */
    Page<RiskProposal> page(PageRequest request);

    /** The pending proposals of an asset follow its new name and department. */
    void followAsset(Long assetId, String name, String departmentCode);

    void flush();
}
