package jp.isms.cycle.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CycleRepository {

    Optional<Cycle> find(long id);

    Optional<Cycle> findByCertificate(long certificateId);

    /** The cycle with the highest number, the one that runs now. */
    Optional<Cycle> latest();

    int highestNumber();

    /** Every cycle whose dates touch the period, with its audits. */
    List<Cycle> overlapping(LocalDate from, LocalDate to);

    void add(Cycle cycle);

    void flush();
}
