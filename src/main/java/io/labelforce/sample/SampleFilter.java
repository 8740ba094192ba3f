package io.labelforce.sample;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a list (37) selects. {@link #toSql()} builds the where clause from fixed fragments only; every value is a
 * bound parameter. Each filter is served by an index that starts with (project_id, dataset_id).
 */
record SampleFilter(
        String projectId,
        String datasetId,
        @Nullable SampleState state,
        @Nullable Integer sampleType,
        List<String> allLabels,
        List<String> anyLabels,
        @Nullable String nameContains,
        @Nullable Double lowScore,
        @Nullable Double highScore,
        Extra extra,
        @Nullable String versionId) {

    /** The table the filter reads: the working samples, or a version's frozen copy of them. */
    String table() {
        return versionId == null ? "sample" : "dataset_version_sample";
    }

    /**
     * The further search conditions: {@code labeler} (the sample's annotated_by), {@code sample_dir} (a bucket and
     * a directory, not recursive) and {@code sample_time} (a half-open range of the object's modification time).
     */
    record Extra(
            @Nullable String labeler,
            @Nullable String dirBucket,
            @Nullable String dirPrefix,
            java.time.@Nullable Instant timeFrom,
            java.time.@Nullable Instant timeTo) {

        static final Extra NONE = new Extra(null, null, null, null, null);

        boolean empty() {
            return labeler == null && dirBucket == null && timeFrom == null;
        }
    }

    /** No filter beyond the dataset: the total comes from the counters. */
    boolean unfiltered() {
        return versionId == null
                && state == null
                && sampleType == null
                && allLabels.isEmpty()
                && anyLabels.isEmpty()
                && nameContains == null
                && lowScore == null
                && highScore == null
                && extra.empty();
    }

    /**
     * Filters whose total a maintained counter holds exactly: a sample state ({@code sample_count}), one label with
     * or without a state ({@code sample_label_count}'s samples carrying it). Nothing else may be set.
     */
    boolean countedByCounters() {
        boolean rest = versionId == null
                && sampleType == null
                && nameContains == null
                && lowScore == null
                && highScore == null
                && extra.empty();
        return rest && (countedLabel() != null || (allLabels.isEmpty() && anyLabels.isEmpty()));
    }

    /** The one label the filter asks for (label_name, or a label_list of one), else null. */
    @Nullable
    String countedLabel() {
        if (allLabels.size() == 1 && anyLabels.isEmpty()) {
            return allLabels.get(0);
        }
        if (anyLabels.size() == 1 && allLabels.isEmpty()) {
            return anyLabels.get(0);
        }
        return null;
    }

    record Sql(String clause, List<Object> args) {}

    Sql toSql() {
        StringBuilder where = new StringBuilder("x.project_id = ? and x.dataset_id = ?");
        List<Object> args = new ArrayList<>(List.of(projectId, datasetId));
        if (versionId != null) {
            where.append(" and x.version_id = ?");
            args.add(versionId);
        }
        if (state != null) {
            where.append(" and x.sample_state = ?");
            args.add(state.name());
        }
        if (sampleType != null) {
            where.append(" and x.sample_type = ?");
            args.add(sampleType);
        }
        if (!allLabels.isEmpty()) {
            where.append(" and x.label_names @> ?::text[]");
            args.add(arrayLiteral(allLabels));
        }
        if (!anyLabels.isEmpty()) {
            where.append(" and x.label_names && ?::text[]");
            args.add(arrayLiteral(anyLabels));
        }
        if (nameContains != null) {
            where.append(" and upper(x.name) like ? escape '\\'");
            args.add(io.labelforce.common.Like.containsIgnoreCase(nameContains));
        }
        if (lowScore != null || highScore != null) {
            where.append(" and exists (select 1 from jsonb_array_elements(x.labels) l"
                    + " where (l->>'score')::float8 between ? and ?)");
            args.add(lowScore == null ? 0.0 : lowScore);
            args.add(highScore == null ? 1.0 : highScore);
        }
        if (extra.labeler() != null) {
            where.append(" and x.annotated_by = ?");
            args.add(extra.labeler());
        }
        if (extra.dirBucket() != null && extra.dirPrefix() != null) {
            where.append(" and x.bucket = ? and starts_with(x.object_key, ?)"
                    + " and strpos(substr(x.object_key, ?), '/') = 0");
            args.add(extra.dirBucket());
            args.add(extra.dirPrefix());
            args.add(extra.dirPrefix().length() + 1);
        }
        if (extra.timeFrom() != null && extra.timeTo() != null) {
            where.append(" and x.sample_time >= ? and x.sample_time < ?");
            args.add(java.sql.Timestamp.from(extra.timeFrom()));
            args.add(java.sql.Timestamp.from(extra.timeTo()));
        }
        return new Sql(where.toString(), args);
    }

    /** A PostgreSQL text[] literal with every element quoted and escaped. */
    private static String arrayLiteral(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }
}
