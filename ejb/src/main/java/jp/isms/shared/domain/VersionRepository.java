package jp.isms.shared.domain;

import java.util.List;
import java.util.Optional;

/** The versions of one approvable document. */
public interface VersionRepository<V extends ApprovableVersion> {

    Optional<V> findById(long id);

    /** Every version, oldest first. */
    List<V> versions();

    /** The version in force: the one approved most recently. */
    Optional<V> approved();

    void add(V version);

    /** Pushes pending changes now, so a version clash surfaces inside the service. */
    void flush();
}
