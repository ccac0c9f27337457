package jp.isms.soa.domain;

import java.util.List;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** The versions of the company's Statement of Applicability and the paged query of their lines. */
public interface SoaRepository {

    Optional<StatementOfApplicability> findById(Long id);

    Optional<StatementOfApplicability> find(int version);

    /** The newest version: what the page shows by default and what an edit changes. */
    Optional<StatementOfApplicability> latest();

    /** The version in force: approved and not superseded. */
    Optional<StatementOfApplicability> approved();

    List<Integer> versions();

    void add(StatementOfApplicability soa);

    /**
     * Lines of one version in the catalogue's order, filtered in the database by {@code theme}
     * (organizational, people, physical, technological), {@code applicable} (true/false), {@code status}
     * and {@code control} (a part of the control number).
     */
    Page<SoaEntry> entries(Long soaId, PageRequest request);

    void flush();
}
