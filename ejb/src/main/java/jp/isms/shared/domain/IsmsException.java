package jp.isms.shared.domain;

import java.util.Arrays;

/**
 * A failure the user can act on. It carries a message key of the {@code jp.isms.i18n.messages}
 * bundle rather than text, so each channel (Faces, REST) can say it in the user's own language,
 * and a {@link Kind} that each channel maps to its own idea of status (HTTP code, message severity).
 */
public class IsmsException extends RuntimeException {

    public enum Kind {
        /** The input breaks a rule; nothing was changed. */
        INVALID,
        /** The user may not do this. */
        FORBIDDEN,
        /** The thing does not exist. */
        NOT_FOUND,
        /** Someone else got there first, or the state moved on since the user looked. */
        CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public IsmsException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static IsmsException invalid(String key, Object... args) {
        return new IsmsException(Kind.INVALID, key, args);
    }

    public static IsmsException forbidden(String key, Object... args) {
        return new IsmsException(Kind.FORBIDDEN, key, args);
    }

    public static IsmsException notFound(String key, Object... args) {
        return new IsmsException(Kind.NOT_FOUND, key, args);
    }

    public static IsmsException conflict(String key, Object... args) {
        return new IsmsException(Kind.CONFLICT, key, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
