package io.labelforce.dataset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/** A {@code dataset_type} of ModelArts API Reference › Data Management › Creating a Dataset (0, 1, 3, 100–102, 200–202, 400, 600, 900). */
@Documented
@Constraint(validatedBy = DatasetType.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface DatasetType {

    String message() default "must be a dataset type: 0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600 or 900";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DatasetType, Integer> {

        static final Set<Integer> VALUES = Set.of(0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900);

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || VALUES.contains(value);
        }
    }
}
