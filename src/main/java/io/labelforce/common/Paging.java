package io.labelforce.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging as the reference defines it: {@code offset} is a zero-based page number ("start page") and
 * {@code limit} the page size, so a page skips {@code offset × limit} records (docs/api-decisions.md).
 */
public final class Paging {

    private Paging() {}

    public static Pageable page(int offset, int limit, Sort sort) {
        return PageRequest.of(offset, limit, sort);
    }

    /** {@code asc}/{@code desc} (already validated) → a stable sort: the given property, then the id. */
    public static Sort sort(String property, String order, String idProperty) {
        Sort.Direction direction = "desc".equalsIgnoreCase(order) ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, property).and(Sort.by(direction, idProperty));
    }
}
