package io.labelforce.workforce;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Member e-mail addresses: how they are normalised and which ones are accepted. Every e-mail this module
 * stores or compares went through {@link #normalise}; other modules comparing e-mails with members must
 * normalise the same way.
 */
public final class WorkerEmails {

    /**
     * A practical subset of RFC 5322 on the normalised form: an unquoted dot-atom local part of 1–64
     * characters, {@code @}, and an ASCII domain of at least two labels (IDNs in punycode) whose last label
     * starts with a letter. At most 254 characters in all (checked separately, see {@link #MAX_LENGTH}).
     */
    public static final String PATTERN = "(?=[^@]{1,64}@)"
            + "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])";

    public static final String MESSAGE = "must be a valid e-mail address such as name@example.com";
    public static final int MAX_LENGTH = 254;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private WorkerEmails() {}

    /**
     * Trims surrounding white space and lower-cases the whole address, local part included: mail providers
     * treat local parts case-insensitively in practice, and {@code Tom@x.com} and {@code tom@x.com} as two
     * members of one team would get duplicate invitations and fail to match in task assignments.
     */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the address, once normalised, is accepted. */
    public static boolean isValid(String email) {
        return normaliseIfValid(email) != null;
    }

    /** The normalised address if it is accepted, else {@code null}: validation and normalisation in one pass. */
    public static @Nullable String normaliseIfValid(String email) {
        String normalised = normalise(email);
        return normalised.length() <= MAX_LENGTH && COMPILED.matcher(normalised).matches() ? normalised : null;
    }
}
