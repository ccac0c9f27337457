package jp.isms.notification.application;

import java.util.List;
import java.util.Optional;

/** The people behind a candidate group or a username, as far as they can receive mail. */
public interface RecipientDirectory {

    /** Enabled users with an e-mail address in a role group ({@code ciso}) or a department's heads ({@code dept-head:IT}). */
    List<Recipient> inGroup(String group);

    Optional<Recipient> user(String username);
}
