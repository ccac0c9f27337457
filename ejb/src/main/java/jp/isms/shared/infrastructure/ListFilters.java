package jp.isms.shared.infrastructure;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;
import java.util.Optional;

/**
 * How list screens filter in the database: text matches a part, case-insensitively, with the
 * user's % and _ taken literally; a code filter that names no known value filters nothing.
 */
public final class ListFilters {

    private ListFilters() {
    }

    public static Predicate contains(CriteriaBuilder cb, Expression<String> field, String value) {
        String escaped = value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(cb.lower(field), "%" + escaped + "%", '\\');
    }

    public static <E extends Enum<E>> Optional<E> code(String value, Class<E> type) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
