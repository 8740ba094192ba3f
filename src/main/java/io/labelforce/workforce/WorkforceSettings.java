package io.labelforce.workforce;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code labelforce.limits.workforces-per-project} and {@code labelforce.limits.workers-per-workforce}:
 * how many teams a project and how many active members a team may hold (429 ModelArts.4395 beyond).
 * Binds the same prefix as other modules' limits; each record reads only its own keys.
 */
@Validated
@ConfigurationProperties("labelforce.limits")
record WorkforceSettings(
        @DefaultValue("1000") @Min(1) int workforcesPerProject,
        @DefaultValue("10000") @Min(1) int workersPerWorkforce) {}
