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
        return normalised.length() <= MAX_LENGTH && matches(normalised) ? normalised : null;
    }

    /** {@link #PATTERN} as a regular expression, for comparison in tests. */
    static boolean matchesPattern(String normalised) {
        return COMPILED.matcher(normalised).matches();
    }

    /**
     * Whether a normalised address matches {@link #PATTERN}, in one scan without the regex engine: an
     * assignment validates up to thousands of addresses per request, and the regex took a tenth of its CPU
     * (docs/benchmarks.md, "Profile by layer"). {@code WorkerEmailsTests} checks that both agree.
     */
    static boolean matches(String s) {
        int at = s.indexOf('@');
        if (at < 1 || at > 64 || !isDotAtom(s, at)) {
            return false;
        }
        int labels = 0;
        int labelStart = at + 1;
        for (int i = labelStart; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) != '.') {
                continue;
            }
            boolean last = i == s.length();
            if (!isLabel(s, labelStart, i, last)) {
                return false;
            }
            labels++;
            labelStart = i + 1;
        }
        return labels >= 2;
    }

    /** {@code atext+ ("." atext+)*} over {@code s[0, end)}. */
    private static boolean isDotAtom(String s, int end) {
        boolean afterDot = true;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (isAtext(c)) {
                afterDot = false;
            } else {
                return false;
            }
        }
        return !afterDot;
    }

    /**
     * A domain label over {@code s[from, to)}: 1–63 letters, digits and inner hyphens; the last label (the
     * top-level domain) has at least 2 characters and starts with a letter.
     */
    private static boolean isLabel(String s, int from, int to, boolean topLevel) {
        int length = to - from;
        if (length < (topLevel ? 2 : 1) || length > 63) {
            return false;
        }
        char first = s.charAt(from);
        if (!(topLevel ? isLetter(first) : isLetterOrDigit(first)) || !isLetterOrDigit(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isAtext(char c) {
        return isLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }
}
