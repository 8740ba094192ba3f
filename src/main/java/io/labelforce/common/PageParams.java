package io.labelforce.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The paging parameters of every list endpoint, as the reference defines them: {@code offset} is a zero-based
 * page number ("start page") and {@code limit} the page size, so a page skips {@code offset × limit} records
 * (docs/api-decisions.md). Controllers validate the bounds, which differ per endpoint.
 */
public record PageParams(int offset, int limit) {

    public PageParams {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " were not validated");
        }
    }

    /** How many records come before this page. */
    public long skip() {
        return (long) offset * limit;
    }

    public Pageable pageable(Sort sort) {
        return PageRequest.of(offset, limit, sort);
    }
}
