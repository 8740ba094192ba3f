package io.labelforce.sample;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;

/**
 * The sample module's failures, with the ModelArts error code where the API Reference (Data Management, "Error
 * Codes") documents one.
 */
final class SampleErrors {

    static final String UPLOAD_FAILED = "ModelArts.4421";
    static final String SAMPLE_EXISTS = "ModelArts.4422";
    static final String SAMPLE_NOT_FOUND = "ModelArts.4420";
    static final String READ_FAILED = "ModelArts.4651";
    static final String DATASET_NOT_FOUND = "ModelArts.4352";
    static final String UNSUPPORTED = "ModelArts.4383";
    static final String DELETE_FAILED = "ModelArts.4424";
    static final String IMPORT_TASK_NOT_FOUND = "Labelforce.4360";
    static final String IMPORT_FAILED = "Labelforce.4361";

    private SampleErrors() {}

    static DomainException datasetNotFound(String datasetId) {
        return new DomainException(ErrorKind.NOT_FOUND, DATASET_NOT_FOUND, "Dataset " + datasetId + " does not exist");
    }

    static DomainException sampleNotFound(String sampleId) {
        return new DomainException(ErrorKind.NOT_FOUND, SAMPLE_NOT_FOUND, "Sample " + sampleId + " does not exist");
    }

    static DomainException importTaskNotFound(String taskId) {
        return new DomainException(
                ErrorKind.NOT_FOUND, IMPORT_TASK_NOT_FOUND, "Import task " + taskId + " does not exist");
    }

    static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, message);
    }
}
