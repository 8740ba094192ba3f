package io.labelforce.dataset;

/** Dataset status values (the {@code status} of ModelArts API Reference › Data Management › Querying Details About a Dataset, DescDataset) that Labelforce uses. */
final class DatasetStatus {

    /** Datasets are usable as soon as they exist: nothing is imported from object storage. */
    static final int NORMAL = 1;

    private DatasetStatus() {}
}
