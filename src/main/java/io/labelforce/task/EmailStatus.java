package io.labelforce.task;

import io.labelforce.common.WireCode;

/** What happened to the notification e-mail of a member task ({@code email_status} of WorkerTask). */
public enum EmailStatus implements WireCode {
    /** No notification e-mail sent yet. */
    NOT_SENT(0),
    /** The address is malformed; the mail was never sent. */
    MALFORMED(1),
    /** The mail server refused the address for good. */
    UNREACHABLE(2),
    /** The mail server accepted the mail. */
    SENT(3);

    private final int code;

    EmailStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static EmailStatus of(int code) {
        return WireCode.of(EmailStatus.class, code);
    }
}
