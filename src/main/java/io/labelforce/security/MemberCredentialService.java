package io.labelforce.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/** {@link MemberCredentials} on API keys ({@link ApiKeyService}) and the OIDC settings. */
@Service
class MemberCredentialService implements MemberCredentials {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private final ApiKeyService apiKeys;
    private final OidcCallers oidc;
    private final SecuritySettings settings;
    private final Environment environment;

    MemberCredentialService(
            ApiKeyService apiKeys, OidcCallers oidc, SecuritySettings settings, Environment environment) {
        this.apiKeys = apiKeys;
        this.oidc = oidc;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public Optional<String> identityProviderLogin(String email) {
        if (!oidc.configured() || !settings.oidc().membersSignIn()) {
            return Optional.empty();
        }
        String loginUrl = settings.oidc().loginUrl();
        if (loginUrl.isBlank()) {
            return Optional.ofNullable(environment.getProperty(ISSUER_URI)).filter(uri -> !uri.isBlank());
        }
        return Optional.of(loginUrl.replace("{email}", URLEncoder.encode(email, StandardCharsets.UTF_8)));
    }

    @Override
    public IssuedMemberKey issue(String projectId, String email, String name) {
        return apiKeys.issueMemberKey(projectId, email, name);
    }

    @Override
    public int revoke(String projectId, String email) {
        return apiKeys.revokeMemberKeys(projectId, email);
    }
}
