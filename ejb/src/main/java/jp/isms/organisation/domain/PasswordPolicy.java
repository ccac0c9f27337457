package jp.isms.organisation.domain;

import jp.isms.shared.domain.IsmsException;

/** What a new password must satisfy; checked before anything is stored. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw IsmsException.invalid("password.tooShort", MIN_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw IsmsException.invalid("password.sameAsUsername");
        }
    }
}
