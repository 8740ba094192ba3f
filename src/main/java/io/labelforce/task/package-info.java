/**
 * Team labeling tasks: a dataset handed to labeling teams, under
 * {@code /v2/{project_id}/datasets/{dataset_id}/workforce-tasks}, and each member's view of them
 * ({@code /v2/{project_id}/workforces/worker-tasks}). Depends on {@code dataset} and {@code workforce}
 * through their public APIs, and implements their usage interfaces so that neither depends on tasks.
 * {@link io.labelforce.task.TaskNotifications} is its API for the notification module (members of a task,
 * the outcome of an e-mail to one of them).
 */
@NullMarked
package io.labelforce.task;

import org.jspecify.annotations.NullMarked;
