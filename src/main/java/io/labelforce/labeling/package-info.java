/**
 * The team labeling workflow: the members' copies of samples in a task ({@code task_sample}), their distribution
 * when a task starts, labeling (UpdateWorkforceTaskSamples), review (ReviewSamples), and the task statistics from
 * counters kept in the writing transaction. Uses {@code task} (the task, its members and
 * {@link io.labelforce.task.TaskWorkflow#move}, the only way its status changes), {@code sample} (the samples a
 * task covers, through {@link io.labelforce.sample.SampleCatalog}), {@code workforce}, {@code security} and
 * {@code common}. Implements {@link io.labelforce.task.TaskProgress} so that task views show the copies' figures
 * without {@code task} knowing this module. The transitions are in docs/workflow.md.
 */
@NullMarked
package io.labelforce.labeling;

import org.jspecify.annotations.NullMarked;
