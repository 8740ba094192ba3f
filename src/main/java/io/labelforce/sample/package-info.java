/**
 * Dataset samples under {@code /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples} (36–40): the files
 * live in object storage ({@code storage}), the rows here hold metadata and labels. Owns the {@code sample},
 * {@code sample_count} and {@code sample_label_count} tables (counters kept by triggers in the writing transaction),
 * the versions, {@code sample_import_task} (imports, held by a lease while they run) and {@code pending_object}
 * (objects written for rows not committed yet, swept by {@link io.labelforce.sample.OrphanSweeper}).
 * Public API: {@link SampleState} and {@link SampleCatalog} (for the labeling module: the samples a task covers,
 * their views, writing accepted labels back); the module implements the dataset module's
 * {@link io.labelforce.dataset.DatasetSampleCounts}.
 */
@NullMarked
package io.labelforce.sample;

import org.jspecify.annotations.NullMarked;
