package io.labelforce.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edges of the strict JSON set-up on the mapper alone (the endpoints are covered by
 * {@code StrictInputTests}).
 */
class StrictJsonTests {

    record Body(
            @Nullable String text,
            @Nullable Integer number,
            @Nullable Long big,
            @Nullable Boolean flag,
            @Nullable List<String> texts,
            @Nullable Map<String, String> map) {}

    private final JsonMapper json;

    StrictJsonTests() {
        // as Spring Boot sets it up: unknown properties are ignored (G6)
        JsonMapper.Builder builder = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJsonConfiguration().strictJson().customize(builder);
        json = builder.build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"text\":12}",
                "{\"text\":1.5}",
                "{\"text\":false}",
                "{\"number\":2.0}",
                "{\"number\":1.5}",
                "{\"big\":1e3}",
                "{\"number\":\"\"}",
                "{\"number\":\"  \"}",
                "{\"number\":\"1.5\"}",
                "{\"number\":true}",
                "{\"flag\":\"true\"}",
                "{\"flag\":\"\"}",
                "{\"flag\":1}",
                "{\"texts\":[7]}",
                "{\"map\":{\"k\":7}}",
                "{\"text\":\"a\",\"text\":\"b\"}",
                "{\"map\":{\"k\":\"a\",\"k\":\"b\"}}",
                "{\"ignored\":{\"a\":1,\"a\":2}}",
                "{\"text\":\"\\ud800\"}",
                "{\"text\":\"\\udc00x\"}",
                "{\"text\":\"x\\ude00\\ud83d\"}",
                "{\"texts\":[\"\\ud800\"]}",
                "{\"map\":{\"\\ud800\":\"v\"}}",
                "{\"map\":{\"k\":\"\\udfff\"}}"
            })
    void refuses(String body) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void acceptsWhatIsRight() {
        Body body = json.readValue(
                "{\"text\":\"ok \\ud83d\\ude00\",\"number\":\"12\",\"big\":4102444800000,\"flag\":false,"
                        + "\"texts\":[\"a\"],\"map\":{\"k\":\"v\"},\"ignored\":\"\\ud800\"}",
                Body.class);
        assertThat(body.text()).isEqualTo("ok \uD83D\uDE00");
        assertThat(body.number()).isEqualTo(12);
        assertThat(body.big()).isEqualTo(4102444800000L);
        assertThat(body.flag()).isFalse();
        assertThat(body.map()).containsEntry("k", "v");
    }
}
