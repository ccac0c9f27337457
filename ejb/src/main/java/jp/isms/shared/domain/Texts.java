package jp.isms.shared.domain;

/** Checks of free text that every form shares: required, trimmed, not longer than the column. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text; refused with {@code validation.required} naming the field's message key when blank. */
    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw IsmsException.invalid("validation.required", field);
        }
        return optional(value, field, maxLength);
    }

    /** The trimmed text or null; refused with {@code validation.tooLong} when longer than the column. */
    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw IsmsException.invalid("validation.tooLong", field, maxLength);
        }
        return text;
    }
}
