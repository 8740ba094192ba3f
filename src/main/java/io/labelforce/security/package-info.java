/**
 * API keys, authentication and project scope. Every {@code /v1/**} and {@code /v2/**} call is checked
 * here, against the project id in its path, before any controller or repository runs. Member credentials
 * ({@link io.labelforce.security.MemberCredentials}: member keys, or the identity provider's sign-in) are
 * issued here for the notification module's invitations; a {@link io.labelforce.security.MemberKeyGuard} that
 * another module implements may veto a member key whose member is gone.
 */
@NullMarked
package io.labelforce.security;

import org.jspecify.annotations.NullMarked;
