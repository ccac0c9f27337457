package jp.isms.riskmethod.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a level requires: the risk may be accepted as it is, or must be treated. */
public enum RequiredAction {
    ACCEPT, TREAT;

    /** The DMN output value ({@code accept} / {@code treat}). */
    public String decisionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RequiredAction> ofDecisionValue(String value) {
        return Arrays.stream(values()).filter(a -> a.decisionValue().equals(value)).findFirst();
    }
}
