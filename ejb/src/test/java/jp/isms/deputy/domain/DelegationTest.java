package jp.isms.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class DelegationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void activeOnEveryDayOfItsPeriodBothEndsIncludedAndNeverOutside() {
        Delegation d = new Delegation("ciso", "office", TODAY, TODAY.plusDays(6), "出張", "ciso", TODAY);
        assertThat(d.activeOn(TODAY)).isTrue();
        assertThat(d.activeOn(TODAY.plusDays(6))).isTrue();
        assertThat(d.activeOn(TODAY.minusDays(1))).isFalse();
        assertThat(d.activeOn(TODAY.plusDays(7))).as("expired").isFalse();
    }

    @Test
    void aRevokedDelegationGivesNothingAndStaysAsTheRecord() {
        Delegation d = new Delegation("ciso", "office", TODAY, TODAY.plusDays(6), null, "ciso", TODAY);
        d.revoke("ciso");
        assertThat(d.activeOn(TODAY)).isFalse();
        assertThat(d.getRevokedBy()).isEqualTo("ciso");
        assertThat(d.getRevokedAt()).isNotNull();
        assertRefused(() -> d.revoke("admin"), "deputy.alreadyRevoked");
    }

    @Test
    void refusesYourselfAReversedPastOrEndlessPeriod() {
        assertRefused(() -> new Delegation("ciso", "ciso", TODAY, TODAY, null, "ciso", TODAY), "deputy.notYourself");
        assertRefused(() -> new Delegation("ciso", " ", TODAY, TODAY, null, "ciso", TODAY), "deputy.deputyRequired");
        assertRefused(() -> new Delegation("ciso", "office", TODAY, TODAY.minusDays(1), null, "ciso", TODAY),
                "deputy.periodReversed");
        assertRefused(() -> new Delegation("ciso", "office", TODAY.minusDays(9), TODAY.minusDays(1), null, "ciso", TODAY),
                "deputy.periodPast");
        assertRefused(() -> new Delegation("ciso", "office", TODAY, TODAY.plusYears(2), null, "ciso", TODAY),
                "deputy.periodTooLong");
        assertRefused(() -> new Delegation("ciso", "office", null, TODAY, null, "ciso", TODAY), "deputy.periodRequired");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(IsmsException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
