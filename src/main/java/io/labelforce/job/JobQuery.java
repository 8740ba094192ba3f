package io.labelforce.job;

import io.labelforce.common.PageParams;

/** What {@code query_label_jobs} asks for, already validated. */
record JobQuery(PageParams page, String sortBy, String order, String searchContent) {}
