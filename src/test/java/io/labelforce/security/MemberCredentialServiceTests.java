package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Where the invitation page sends a member: a member key, or the identity provider's sign-in. */
class MemberCredentialServiceTests {

    private static final JwtDecoder DECODER = token -> {
        throw new BadJwtException("not used");
    };

    private static MemberCredentialService service(boolean oidc, String loginUrl, boolean membersSignIn) {
        SecuritySettings defaults = SecuritySettingsFixture.withKeyCacheTtl(Duration.ofSeconds(5));
        SecuritySettings.Oidc claims =
                new SecuritySettings.Oidc("projects", "permission", "email", loginUrl, membersSignIn);
        SecuritySettings settings =
                new SecuritySettings(defaults.keyCacheTtl(), "", List.of(), defaults.maxClockSkew(), claims);
        ApiKeyService keys = new ApiKeyService(Mockito.mock(ApiKeyRepository.class), Clock.systemUTC(), settings);
        MockEnvironment environment = new MockEnvironment()
                .withProperty(MemberCredentialService.ISSUER_URI, "https://idp.example.com/realms/x");
        return new MemberCredentialService(keys, new OidcCallers(oidc ? DECODER : null, claims), settings, environment);
    }

    @Test
    void withoutOidcMembersGetKeys() {
        assertThat(service(false, "https://portal.example.com/login", true).identityProviderLogin("a@example.com"))
                .isEmpty();
    }

    @Test
    void withOidcTheLoginUrlGetsTheEmailOrTheIssuerIsUsed() {
        assertThat(service(true, "https://portal.example.com/login?login_hint={email}", true)
                        .identityProviderLogin("a+b@example.com"))
                .contains("https://portal.example.com/login?login_hint=a%2Bb%40example.com");
        assertThat(service(true, "", true).identityProviderLogin("a@example.com"))
                .contains("https://idp.example.com/realms/x");
    }

    @Test
    void membersCanBeGivenKeysEvenWhereOidcIsConfigured() {
        assertThat(service(true, "", false).identityProviderLogin("a@example.com"))
                .isEmpty();
    }
}
