package io.labelforce.notification;

import java.util.List;

/**
 * Mails were queued in the outbox ({@code mail_message} ids). Published in the queuing transaction, so the
 * event publication registry keeps it until every mail in it reached a final state.
 */
public record MailQueued(List<String> messageIds) {}
