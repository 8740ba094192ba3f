package io.labelforce.sample;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorKind;

/** Label failures raised in this module (the dataset module raises the others: 4410, 4411). */
final class LabelErrors {

    static final String LABEL_NOT_FOUND = "ModelArts.4410";

    private LabelErrors() {}

    static DomainException notFound(String name, int labelType) {
        return new DomainException(
                ErrorKind.INVALID, LABEL_NOT_FOUND, "Label '" + name + "' of type " + labelType + " does not exist");
    }
}
