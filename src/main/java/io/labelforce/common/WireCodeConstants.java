package io.labelforce.common;

import java.util.Objects;

/**
 * Each {@link WireCode} enum's constants, read once: {@link Class#getEnumConstants()} copies the array on every
 * call, and member lists convert a role and a status per member (docs/benchmarks.md, "Profile by layer").
 */
final class WireCodeConstants {

    static final ClassValue<Object[]> BY_TYPE = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return Objects.requireNonNull(type.getEnumConstants(), type::getName);
        }
    };

    private WireCodeConstants() {}
}
