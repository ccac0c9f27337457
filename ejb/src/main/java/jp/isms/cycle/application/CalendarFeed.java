package jp.isms.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.isms.cycle.domain.CalendarToken;
import jp.isms.cycle.domain.CalendarTokenRepository;
import jp.isms.cycle.domain.ICalendar;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;

/**
 * A user's iCalendar feed of audits and deadlines, opened by a revocable token instead of a login. Whoever runs or
 * audits the ISMS as a whole sees every item; everyone else the items of the whole ISMS and of their department.
 */
@ApplicationScoped
@Transactional
public class CalendarFeed {

    /** The feed covers the past year (for what was missed) and the next three (a whole cycle). */
    static final int YEARS_BACK = 1;
    static final int YEARS_AHEAD = 3;
    private static final Set<Role> SEE_EVERYTHING = Set.of(Role.CISO, Role.ISMS_OFFICE, Role.TOP_MANAGEMENT,
            Role.INTERNAL_AUDITOR, Role.ADMIN);

    @Inject
    CalendarTokenRepository tokens;

    @Inject
    UserRepository users;

    @Inject
    @Any
    Instance<DeadlineSource> sources;

    /** When the user's current token was created, if there is one. */
    public Optional<Instant> activeSince(Actor actor) {
        return tokens.activeFor(actor.username()).map(CalendarToken::getCreatedAt);
    }

    /** A new token (the old one, if any, stops working); the plain token is returned once, never stored. */
    public String issue(Actor actor) {
        Instant now = Instant.now();
        tokens.activeFor(actor.username()).ifPresent(t -> t.revoke(now));
        CalendarToken.Issued issued = CalendarToken.issue(actor.username(), now);
        tokens.add(issued.token());
        return issued.plain();
    }

    /** The user's URL stops working; returns whether there was one. */
    public boolean revoke(Actor actor) {
        Optional<CalendarToken> active = tokens.activeFor(actor.username());
        active.ifPresent(t -> t.revoke(Instant.now()));
        return active.isPresent();
    }

    /** The feed of the token's owner, or empty for an unknown or revoked token or a disabled user. */
    public Optional<String> ics(String plainToken) {
        return tokens.byHash(CalendarToken.hash(plainToken)).filter(CalendarToken::isActive)
                .flatMap(t -> users.findByUsername(t.getUsername())).filter(AppUser::isEnabled).map(this::feedOf);
    }

    private String feedOf(AppUser user) {
        LocalDate today = LocalDate.now(CycleDeadlines.TOKYO);
        String department = user.getDepartment() == null ? null : user.getDepartment().getCode();
        boolean everything = user.getRoles().stream().anyMatch(SEE_EVERYTHING::contains);
        List<Deadline> visible = new ArrayList<>();
        for (DeadlineSource source : sources) {
            source.deadlines(today.minusYears(YEARS_BACK), today.plusYears(YEARS_AHEAD), user.locale()).stream()
                    .filter(d -> everything || d.department() == null || d.department().equals(department))
                    .forEach(visible::add);
        }
        visible.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::uid));
        List<ICalendar.Event> events = visible.stream().map(d -> new ICalendar.Event(d.uid(), d.date(), d.title(),
                d.kind(), null, d.done())).toList();
        return ICalendar.write(Messages.get(user.locale(), "cycle.calendar.name", user.getDisplayName()), events,
                Instant.now());
    }
}
