package io.labelforce.security;

import io.labelforce.common.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityConfiguration {

    /** The notification module's invitation links ({@code lfi_} and 256 random bits in base64url). */
    private static final String INVITATION = "/invitations/{token:lfi_[A-Za-z0-9_-]{43}}";

    @Bean
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AdminToken adminToken,
            ApiKeyService apiKeys,
            SignedRequestAuthenticator signedRequests,
            OidcCallers oidc,
            RateLimits rateLimits,
            RateLimitSettings rateLimitSettings,
            ProblemWriter problemWriter,
            AuthFailures failures)
            throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problemWriter, failures);
        http.addFilterBefore(
                new TokenAuthenticationFilter(adminToken, apiKeys, signedRequests, oidc, problemWriter),
                AnonymousAuthenticationFilter.class);
        if (rateLimitSettings.enabled()) {
            // right after authentication: refused before any authorization or controller work
            http.addFilterAfter(new RateLimitFilter(rateLimits, problemWriter), TokenAuthenticationFilter.class);
        }
        return http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problemWriter, failures)))
                .authorizeHttpRequests(auth -> auth
                        // an invitation link and its accept call: the link's secret is the credential (only a
                        // well-formed secret matches)
                        .requestMatchers(HttpMethod.GET, INVITATION)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, INVITATION + "/accept")
                        .permitAll()
                        .requestMatchers("/v1/{project_id}/**", "/v2/{project_id}/**")
                        .access(new ProjectAuthorizationManager())
                        .requestMatchers("/v1/**", "/v2/**")
                        .authenticated()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .permitAll())
                .build();
    }

    /** Keys are checked by {@link TokenAuthenticationFilter}; no username/password login exists. */
    @Bean
    AuthenticationManager noPasswordLogin() {
        return authentication -> {
            throw new ProviderNotFoundException("Labelforce authenticates with API keys only");
        };
    }
}
