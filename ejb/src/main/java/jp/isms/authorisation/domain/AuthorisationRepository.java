package jp.isms.authorisation.domain;

import java.util.List;
import java.util.Optional;

/** Requests for the authorisation of the ISMS, newest first. */
public interface AuthorisationRepository {

    Optional<ManagementAuthorisation> findById(Long id);

    Optional<ManagementAuthorisation> findByRequestNo(String requestNo);

    /** Every request, newest first (a company has a handful: one per change of its documents). */
    List<ManagementAuthorisation> all();

    long count();

    void add(ManagementAuthorisation authorisation);

    void flush();
}
