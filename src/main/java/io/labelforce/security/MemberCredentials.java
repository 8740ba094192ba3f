package io.labelforce.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The credentials of team members who accepted an invitation: where OIDC is configured, the identity
 * provider's sign-in; otherwise a personal member key. A member key is an API key with permission
 * {@code member} ({@link Permission#MEMBER}), one project, and the member's e-mail as {@code worker_email}:
 * it can list the member's tasks and label and review the member's own samples, nothing more.
 */
public interface MemberCredentials {

    /**
     * Where OIDC is configured, the URL that signs the member in at the identity provider
     * ({@code labelforce.security.oidc.login-url} with {@code {email}} filled in, or the issuer URI); empty
     * when members get member keys instead.
     */
    Optional<String> identityProviderLogin(String email);

    /**
     * Issues a member key for the e-mail in the project, revoking the member keys it had there before (one
     * usable member key per member and project). The secret is only in the result.
     *
     * @param name the key's name in the admin list (1-64 of letters, digits, {@code _}, {@code -})
     */
    IssuedMemberKey issue(String projectId, String email, String name);

    /** Revokes every member key of the e-mail in the project; how many were usable. */
    int revoke(String projectId, String email);

    /** A member key just issued: its id and its secret, shown once. */
    record IssuedMemberKey(UUID id, String token) {}
}
