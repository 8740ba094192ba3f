package io.labelforce.security;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;

/** An access key as the admin API shows it: the access key id, never the secret. */
record AccessKeyView(
        UUID id, String accessKey, @JsonUnwrapped KeyGrantView grant) {

    static AccessKeyView of(AccessKeyEntity key) {
        return new AccessKeyView(key.getId(), key.getAccessKey(), key.view());
    }
}
