package jp.isms.web.faces;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over any paged query: the table's sort and filter state becomes a
 * {@link PageRequest}, and the database does the work.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> query;
    private final transient Function<T, String> key;
    private final String defaultSort;
    private final boolean defaultAscending;

    public PagedModel(Function<PageRequest, Page<T>> query, Function<T, String> key, String defaultSort,
            boolean defaultAscending) {
        this.query = query;
        this.key = key;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.apply(new PageRequest(0, 1, defaultSort, defaultAscending, filters(filterBy))).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = defaultSort;
        boolean ascending = defaultAscending;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() != SortOrder.UNSORTED) {
                sortField = sort.getField();
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        Page<T> page = query.apply(new PageRequest(first, pageSize, sortField, ascending, filters(filterBy)));
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : ((List<T>) getWrappedData()).stream()
                .filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        filterBy.values().forEach(f -> {
            if (f.getFilterValue() != null && !f.getFilterValue().toString().isBlank()) {
                filters.put(f.getField(), f.getFilterValue().toString());
            }
        });
        return filters;
    }
}
