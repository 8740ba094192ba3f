/**
 * Labeling teams (workforces) and their members (workers): {@code /v2/{project_id}/workforces/**}.
 *
 * <p>Public API for other modules: {@link io.labelforce.workforce.WorkforceDirectory} (read teams and
 * members, lock teams for an assignment), {@link io.labelforce.workforce.WorkforceUsage} (implemented by
 * modules that use teams, so that deletes can be refused), {@link io.labelforce.workforce.WorkerEmails}
 * (e-mail normalisation), {@link io.labelforce.workforce.MemberStatus} (invited / joined, for invitations),
 * the event {@link io.labelforce.workforce.WorkerAdded} and the records
 * {@link io.labelforce.workforce.WorkforceRef} and {@link io.labelforce.workforce.WorkerRef}. Everything else is
 * internal.
 */
@NullMarked
package io.labelforce.workforce;

import org.jspecify.annotations.NullMarked;
