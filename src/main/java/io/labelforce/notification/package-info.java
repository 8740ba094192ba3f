/**
 * E-mail: member invitations (the link's page {@code GET /invitations/{token}}, which browsers get as HTML,
 * and {@code POST /invitations/{token}/accept}, which gives the member its member key or sends it to the
 * identity provider; resending under
 * {@code /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}/invitation}) and task notifications
 * ({@code POST .../workforce-tasks/{workforce_task_id}/notify}).
 *
 * <p>Every mail is first a row of the outbox table {@code mail_message}, written in the transaction that
 * decides to send it, together with a {@link io.labelforce.notification.MailQueued} event that Spring
 * Modulith's JPA event publication registry records in that same transaction. After the commit a listener
 * claims each row ({@code FOR UPDATE SKIP LOCKED} plus a lease), sends it over SMTP and records the outcome;
 * a listener that could not finish leaves its publication incomplete, and {@code MailRetries} resubmits it
 * with exponential backoff. Uses {@code workforce} and {@code task} through their public APIs; neither
 * knows this module.
 */
@NullMarked
package io.labelforce.notification;

import org.jspecify.annotations.NullMarked;
