package io.labelforce.security;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The answer to an access-key creation: the only time {@code secret_key} is shown. */
record CreatedAccessKey(String secretKey, @JsonUnwrapped AccessKeyView key) {}
