package io.labelforce.security;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;

/** An API key as the admin API shows it: never with its secret. */
record ApiKeyView(UUID id, @JsonUnwrapped KeyGrantView grant) {

    static ApiKeyView of(ApiKeyEntity key) {
        return new ApiKeyView(key.getId(), key.view());
    }
}
