package io.labelforce.workforce;

import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A member role as a JSON integer or a string of digits ({@code 2} or {@code "2"}), and nothing else:
 * Jackson's default coercions would also turn {@code 2.7} into 2 or {@code true} into 1.
 */
class RoleDeserializer extends StdScalarDeserializer<Integer> {

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,9}");

    RoleDeserializer() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString().strip();
            if (DIGITS.matcher(text).matches()) {
                return Integer.valueOf(text);
            }
        }
        return (Integer) context.handleUnexpectedToken(Integer.class, parser);
    }
}
