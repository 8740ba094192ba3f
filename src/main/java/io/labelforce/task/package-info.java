/**
 * Team labeling tasks: a dataset handed to labeling teams, under
 * {@code /v2/{project_id}/datasets/{dataset_id}/workforce-tasks}, and each member's view of them
 * ({@code /v2/{project_id}/workforces/worker-tasks}). Depends on {@code dataset} and {@code workforce}
 * through their public APIs, and implements their usage interfaces so that neither depends on tasks.
 */
@NullMarked
package io.labelforce.task;

import org.jspecify.annotations.NullMarked;
