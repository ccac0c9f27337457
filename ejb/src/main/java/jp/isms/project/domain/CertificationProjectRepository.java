package jp.isms.project.domain;

import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** Certification projects and the paged list of them. */
public interface CertificationProjectRepository {

    Optional<CertificationProject> findById(Long id);

    Optional<CertificationProject> findByKey(String projectKey);

    /** The project created last: what the project page shows when none is named. */
    Optional<CertificationProject> latest();

    /** The highest sequence number used in keys of that year ({@code PJ-2026-07} → 7), 0 if none. */
    int highestNumber(int year);

    /** Sorted in the database by a whitelisted field; filters {@code name} (part) and {@code status} (exact). */
    Page<CertificationProject> list(PageRequest request);

    void add(CertificationProject project);

    /** Pushes pending changes now, so a version clash surfaces inside the service. */
    void flush();
}
