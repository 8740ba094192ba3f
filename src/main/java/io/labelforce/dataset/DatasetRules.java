package io.labelforce.dataset;

final class DatasetRules {

    static final String NAME = "[A-Za-z0-9_-]{1,100}";
    static final String NAME_MESSAGE = "must be 1-100 characters of letters, digits, '_' or '-'";
    /** {@code /bucket/dir/...}: 3–700 characters, a directory below a bucket (not the bucket itself). */
    static final String WORK_PATH = "(?=.{3,700}$)/[^/\\p{Cntrl}]+/([^/\\p{Cntrl}]+/)+";

    static final String WORK_PATH_MESSAGE =
            "must be an OBS directory below a bucket, like /bucket/dir/ (3-700 characters, ending with /)";
    static final int MAX_LABELS = 1000;

    private DatasetRules() {}
}
