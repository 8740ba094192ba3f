package io.labelforce.security;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The answer to a key creation: the only time the secret {@code token} is shown. */
record CreatedApiKey(String token, @JsonUnwrapped ApiKeyView key) {}
