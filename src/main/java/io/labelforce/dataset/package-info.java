/**
 * Datasets (the part a labeling backend needs: metadata, labels, sample counts) under
 * {@code /v2/{project_id}/datasets}. Public API for other modules: {@link DatasetDirectory} (read a
 * dataset), {@link DatasetUsage} (implemented by modules whose data hangs off a dataset), {@link DatasetSampleCounts}
 * (implemented by the sample module: the counters dataset and task views show).
 */
@NullMarked
package io.labelforce.dataset;

import org.jspecify.annotations.NullMarked;
