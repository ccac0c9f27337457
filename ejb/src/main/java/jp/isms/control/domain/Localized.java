package jp.isms.control.domain;

import java.util.Locale;
import jp.isms.shared.application.Messages;

/** Picks the title for a reader: Japanese unless English is asked for. */
final class Localized {

    private Localized() {
    }

    static String pick(Locale locale, String ja, String en) {
        return Messages.supported(locale).equals(Locale.ENGLISH) ? en : ja;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
