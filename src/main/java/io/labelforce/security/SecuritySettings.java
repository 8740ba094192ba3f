package io.labelforce.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code labelforce.security.*}.
 *
 * @param keyCacheTtl how long a replica may reuse a key lookup; bounds how long a key revoked on another
 *     replica stays usable here (the replica that revokes forgets the key at once)
 */
@ConfigurationProperties("labelforce.security")
record SecuritySettings(@DefaultValue("5s") Duration keyCacheTtl) {}
