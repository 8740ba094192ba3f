package io.labelforce.labeling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One member's copy of a sample, as stored; {@code labels} is the stored JSON array. */
record CopyRow(
        String sampleId,
        String workerId,
        String workforceId,
        String email,
        CopyState state,
        String labels,
        @Nullable String labeler,
        @Nullable Instant labelTime,
        @Nullable Boolean reviewAccept,
        @Nullable String reviewComment,
        @Nullable String reviewScore,
        @Nullable Boolean checkAccept,
        @Nullable String checkComment,
        @Nullable String checkScore,
        long version) {}
