package io.labelforce.notification;

import io.labelforce.workforce.WorkerAdded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Event handlers, run asynchronously after the publishing transaction committed. Each event publication is
 * completed only when its handler returns; one that throws stays incomplete and {@link MailRetries}
 * resubmits it later.
 */
@Component
class MailListeners {

    private final MailDelivery delivery;
    private final InvitationService invitations;
    private final MailSettings settings;

    MailListeners(MailDelivery delivery, InvitationService invitations, MailSettings settings) {
        this.delivery = delivery;
        this.invitations = invitations;
        this.settings = settings;
    }

    /** No transaction around the SMTP conversation: {@link MailDelivery} opens short ones itself. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void deliver(MailQueued event) {
        delivery.deliver(event.messageIds());
    }

    @ApplicationModuleListener
    void invite(WorkerAdded event) {
        if (settings.inviteOnCreate()) {
            invitations.inviteAdded(event);
        }
    }
}
