package io.labelforce.dataset;

/** Dataset status values (reference §3) that Labelforce uses. */
final class DatasetStatus {

    /** Datasets are usable as soon as they exist: nothing is imported from object storage. */
    static final int NORMAL = 1;

    private DatasetStatus() {}
}
