package io.labelforce.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where a dataset's data comes from: the first source's path is where uploaded sample files are written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataSource(
        @NotNull
        @Size(min = 1, max = 700)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String dataPath,

        @Nullable @Min(0) @Max(6) Integer dataType,
        @Nullable Boolean withColumnHeader,
        @Nullable @Size(max = 1000) List<Map<String, String>> schemaMaps,
        @Nullable @Size(max = 50) Map<String, String> sourceInfo) {}
