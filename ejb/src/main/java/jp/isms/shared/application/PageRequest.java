package jp.isms.shared.application;

import java.util.Map;

/**
 * One page of a list as a screen or an API caller asks for it. Sort fields and filters are names
 * the query object checks against its own whitelist, never raw column names.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_PAGE_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_PAGE_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
