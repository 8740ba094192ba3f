package io.labelforce.common;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Jackson's string deserializer (coercion rules included) that refuses a lone UTF-16 surrogate
 * ({@code "\ud800"}): PostgreSQL's UTF-8 cannot hold one, so it would be changed silently before it is stored.
 */
class StrictStringDeserializer extends StringDeserializer {

    static final String LONE_SURROGATE = "contains a lone UTF-16 surrogate";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && hasLoneSurrogate(value)) {
            throw context.weirdStringException(value, String.class, LONE_SURROGATE);
        }
        return value;
    }

    static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The same rule for the keys of a map of strings. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (hasLoneSurrogate(key)) {
                throw context.weirdKeyException(String.class, key, LONE_SURROGATE);
            }
            return key;
        }
    }
}
