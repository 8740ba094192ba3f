/**
 * API keys, authentication and project scope. Every {@code /v1/**} and {@code /v2/**} call is checked
 * here, against the project id in its path, before any controller or repository runs.
 */
@NullMarked
package io.labelforce.security;

import org.jspecify.annotations.NullMarked;
