package jp.isms.deputy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Delegations as the deputy context needs them. */
public interface DelegationRepository {

    void add(Delegation delegation);

    Optional<Delegation> find(long id);

    /** Those the user named or was named in, newest first, revoked ones included (the record). */
    List<Delegation> concerning(String username);

    /** Every delegation, newest first, for the administrator. */
    List<Delegation> all(int first, int max);

    /** Delegations that make {@code deputy} stand in for someone on that day. */
    List<Delegation> activeForDeputy(String deputy, LocalDate day);

    /** Delegations that make someone stand in for {@code manager} on that day. */
    List<Delegation> activeForManager(String manager, LocalDate day);
}
