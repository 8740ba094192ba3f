package io.labelforce.sample;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of CreateDatasetVersion (51); absent options take the documented defaults. */
record VersionRequests(
        @Nullable @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "must be 1-32 characters from A-Z a-z 0-9 _ -")
        String versionName,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_B, message = FieldRules.CHARSET_B_MESSAGE)
        String description,

        @Nullable @Pattern(regexp = "Default|CarbonData|CSV", message = "must be Default, CarbonData or CSV")
        String versionFormat,

        @Nullable @Pattern(regexp = "(0(\\.\\d{1,2})?|1(\\.0{1,2})?)", message = "must be a decimal from 0 to 1")
        String trainEvaluateSampleRatio,

        @Nullable Boolean clearHardProperty,
        @Nullable Boolean removeSampleUsage,
        @Nullable Boolean exportImages,
        @Nullable Boolean withColumnHeader) {}
