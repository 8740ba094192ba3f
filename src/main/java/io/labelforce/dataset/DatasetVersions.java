package io.labelforce.dataset;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the module that owns dataset versions (sample), so that dataset views show the version fields and
 * UpdateDataset can switch {@code current_version_id} without the dataset module depending on it.
 */
public interface DatasetVersions {

    /** The version fields of the given datasets of a project, in one query; datasets without versions may be absent. */
    Map<String, VersionSummary> summaries(String projectId, Collection<String> datasetIds);

    /** Makes the version the dataset's current one; false when it is not a version of that dataset. */
    boolean makeCurrent(String projectId, String datasetId, String versionId);

    /**
     * A dataset's version fields as DescDataset shows them.
     *
     * @param currentVersionId the current version, absent before the first release
     * @param versionCount the dataset's versions
     * @param nextVersionNum the number an automatically named next version gets ({@code V00n})
     */
    record VersionSummary(
            @Nullable String currentVersionId,
            @Nullable String currentVersionName,
            long versionCount,
            int nextVersionNum) {

        public static final VersionSummary NONE = new VersionSummary(null, null, 0, 1);
    }
}
