package jp.isms.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Users as the domain needs them; the JPA implementation lives in infrastructure. */
public interface UserRepository {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findAll();

    long count();

    void add(AppUser user);
}
