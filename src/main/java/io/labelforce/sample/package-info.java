/**
 * Dataset samples under {@code /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples} (36–40): the files
 * live in object storage ({@code storage}), the rows here hold metadata and labels. Owns the {@code sample} and
 * {@code sample_count} tables: counters per dataset and state, kept by triggers in the writing transaction.
 * Public API: {@link SampleState} and {@link SampleCatalog} (for the labeling module: the samples a task covers,
 * their views, writing accepted labels back); the module implements the dataset module's
 * {@link io.labelforce.dataset.DatasetSampleCounts}.
 */
@NullMarked
package io.labelforce.sample;

import org.jspecify.annotations.NullMarked;
