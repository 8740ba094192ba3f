package io.labelforce.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Caller} of the current request, for modules that need the caller's identity. */
public final class CurrentCaller {

    private CurrentCaller() {}

    public static Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller)
                : Optional.empty();
    }
}
