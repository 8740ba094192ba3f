package io.labelforce.common;

import org.springframework.data.domain.Sort;

/** Sorting of the list endpoints; the paging parameters themselves are {@link PageParams}. */
public final class Paging {

    private Paging() {}

    /** {@code asc}/{@code desc} (already validated) → a stable sort: the given property, then the id. */
    public static Sort sort(String property, String order, String idProperty) {
        Sort.Direction direction = "desc".equalsIgnoreCase(order) ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, property).and(Sort.by(direction, idProperty));
    }
}
