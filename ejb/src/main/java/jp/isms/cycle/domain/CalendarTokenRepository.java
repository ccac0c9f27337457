package jp.isms.cycle.domain;

import java.util.Optional;

public interface CalendarTokenRepository {

    Optional<CalendarToken> activeFor(String username);

    Optional<CalendarToken> byHash(String tokenHash);

    void add(CalendarToken token);
}
