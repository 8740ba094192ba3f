package io.labelforce.security;

import java.time.Duration;
import java.util.List;

/** Settings as the defaults give them, for services built by hand in tests. */
final class SecuritySettingsFixture {

    private SecuritySettingsFixture() {}

    static SecuritySettings withKeyCacheTtl(Duration ttl) {
        return new SecuritySettings(
                ttl,
                "",
                List.of(),
                Duration.ofMinutes(15),
                new SecuritySettings.Oidc("projects", "permission", "email", "", true));
    }
}
