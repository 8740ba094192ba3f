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

/** A label type of the Label object (ModelArts API Reference › Data Management › Creating a Dataset) (0, 1, 3, 100–103, 200–202, 600). */
@Documented
@Constraint(validatedBy = LabelType.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface LabelType {

    String message() default "must be a label type: 0, 1, 3, 100, 101, 102, 103, 200, 201, 202 or 600";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LabelType, Integer> {

        static final Set<Integer> VALUES = Set.of(0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600);

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || VALUES.contains(value);
        }
    }
}
