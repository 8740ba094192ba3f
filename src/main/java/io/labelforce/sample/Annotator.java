package io.labelforce.sample;

import io.labelforce.security.Caller;
import io.labelforce.security.CurrentCaller;
import org.jspecify.annotations.Nullable;

/**
 * Who labels: the {@code annotated_by} written with labels (UpdateSamples, UploadSamplesJson with labels) and offered
 * as a labeler by ListSearch (41). A credential that acts as a team member labels as that member's email; any other
 * credential as its own name (an OIDC token: its subject). The request body's {@code email} is not used: a credential
 * cannot label in someone else's name.
 */
final class Annotator {

    static final int MAX_LENGTH = 256;

    private Annotator() {}

    /** The current request's labeler, or null outside a request (imports, tests calling services). */
    static @Nullable String current() {
        return CurrentCaller.get().map(Annotator::of).orElse(null);
    }

    static String of(Caller caller) {
        String who = caller.workerEmail() != null ? caller.workerEmail() : caller.keyName();
        return who.length() > MAX_LENGTH ? who.substring(0, MAX_LENGTH) : who;
    }
}
