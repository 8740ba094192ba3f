package io.labelforce.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bootstrap administrator token ({@code LABELFORCE_ADMIN_TOKEN}), which manages API keys under
 * {@code /admin}. When it is not configured a random one is generated and logged once at startup.
 */
@Component
class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final String token;

    AdminToken(@Value("${labelforce.admin-token:}") String configured) {
        if (configured.isBlank()) {
            this.token = Tokens.newToken();
            log.warn("""


                    Using generated admin token: {}
                    Set LABELFORCE_ADMIN_TOKEN to choose one; this token changes at every start.
                    """, token);
        } else {
            this.token = configured.strip();
        }
    }

    boolean matches(String candidate) {
        return Tokens.constantTimeEquals(token, candidate);
    }
}
