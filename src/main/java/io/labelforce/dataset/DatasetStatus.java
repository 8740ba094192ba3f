package io.labelforce.dataset;

import io.labelforce.common.WireCode;
import io.labelforce.common.WireCodeConverter;

/**
 * Dataset status values (ModelArts "Querying Details About a Dataset", {@code status}: 0 creating, 1 normal,
 * 2 deleting, 3 deleted, 4 error) that Labelforce uses. Datasets are usable as soon as they exist (samples
 * are added to a NORMAL dataset), so every dataset is NORMAL.
 */
enum DatasetStatus implements WireCode {
    NORMAL(1);

    private final int code;

    DatasetStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    static class Converter extends WireCodeConverter<DatasetStatus> {
        Converter() {
            super(DatasetStatus.class);
        }
    }
}
