package io.labelforce.job;

/** What {@code query_label_jobs} asks for, already validated. */
record JobQuery(int offset, int limit, String sortBy, String order, String searchContent) {}
