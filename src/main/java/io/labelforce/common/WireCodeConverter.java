package io.labelforce.common;

import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link WireCode} enum as its code, so the columns keep the values the API shows. Each enum has a
 * one-line subclass (JPA instantiates converters by class).
 */
public abstract class WireCodeConverter<E extends Enum<E> & WireCode> implements AttributeConverter<E, Integer> {

    private final Class<E> type;

    protected WireCodeConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public @Nullable Integer convertToDatabaseColumn(@Nullable E attribute) {
        return attribute == null ? null : attribute.code();
    }

    @Override
    public @Nullable E convertToEntityAttribute(@Nullable Integer column) {
        return column == null ? null : WireCode.of(type, column);
    }
}
