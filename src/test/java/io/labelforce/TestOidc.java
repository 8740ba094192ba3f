package io.labelforce;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.jspecify.annotations.Nullable;

/**
 * A real OIDC issuer in the test JVM ({@code mock-oauth2-server}): discovery at
 * {@code <issuer>/.well-known/openid-configuration}, a JWKS, signed tokens. One per test run; the API tests
 * point {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} at its {@link #ISSUER} issuer. Its
 * signing key can be rotated ({@link #rotateKey()}): the JWKS then publishes only the new key.
 */
public final class TestOidc {

    public static final String ISSUER = "labelforce-test";
    public static final String AUDIENCE = "labelforce";

    private static final RotatingKeys KEYS = new RotatingKeys();
    private static @Nullable MockOAuth2Server server;

    private TestOidc() {}

    public static synchronized MockOAuth2Server server() {
        MockOAuth2Server running = server;
        if (running == null) {
            MockOAuth2Server started = new MockOAuth2Server(
                    new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(KEYS, (Instant) null)));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            server = started;
            running = started;
        }
        return running;
    }

    public static String issuerUri() {
        return server().issuerUrl(ISSUER).toString();
    }

    /** A token of the test issuer for our audience, valid for an hour. */
    public static String token(String subject, Map<String, Object> claims) {
        return server().issueToken(ISSUER, subject, AUDIENCE, claims, 3600).serialize();
    }

    public static String token(
            String issuerId, String subject, String audience, Map<String, Object> claims, long expirySeconds) {
        return server().issueToken(issuerId, subject, audience, claims, expirySeconds)
                .serialize();
    }

    /** The issuer signs with a new key (new {@code kid}) from now on; its JWKS shows only that key. */
    public static void rotateKey() {
        KEYS.rotate();
    }

    public static String currentKeyId() {
        return KEYS.current.getKeyID();
    }

    private static final class RotatingKeys extends KeyProvider {

        private volatile RSAKey current = newKey();

        RotatingKeys() {
            super(List.of(), JWSAlgorithm.RS256.getName());
        }

        @Override
        public JWK signingKey(String issuerId) {
            return current;
        }

        @Override
        public List<JWK> get(JWKSelector selector, SecurityContext context) {
            return selector.select(new JWKSet(current));
        }

        void rotate() {
            current = newKey();
        }

        private static RSAKey newKey() {
            try {
                return new RSAKeyGenerator(2048)
                        .keyID(UUID.randomUUID().toString())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256)
                        .generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
