package io.labelforce.common;

/**
 * The reference's field rules as bean-validation patterns and messages, shared by every module.
 * Use as {@code @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)}.
 */
public final class FieldRules {

    /** NAME-64: 1–64 characters of {@code [A-Za-z0-9_-]}. */
    public static final String NAME_64 = "[A-Za-z0-9_-]{1,64}";

    public static final String NAME_64_MESSAGE = "must be 1-64 characters of letters, digits, '_' or '-'";

    /** CHARSET-A: none of {@code ^ ! < > = & " '} (descriptions). */
    public static final String CHARSET_A = "[^\\^!<>=&\"']*";

    public static final String CHARSET_A_MESSAGE = "must not contain any of ^ ! < > = & \" '";

    /** CHARSET-B: none of {@code ! < > = & " '} (CHARSET-A without {@code ^}). */
    public static final String CHARSET_B = "[^!<>=&\"']*";

    public static final String CHARSET_B_MESSAGE = "must not contain any of ! < > = & \" '";

    /** {@code asc} or {@code desc}. */
    public static final String ORDER = "asc|desc";

    public static final String ORDER_MESSAGE = "must be 'asc' or 'desc'";

    /** The {@code locale} values of the ModelArts API (SendEmails and the acceptance calls); {@code en-us} is the default. */
    public static final String LOCALE = "en-us|zh-cn";

    public static final String LOCALE_MESSAGE = "must be 'en-us' or 'zh-cn'";
    public static final String DEFAULT_LOCALE = "en-us";

    /** Deepest page a list accepts (offset is a page number). */
    public static final int MAX_OFFSET = 1_000_000;

    private FieldRules() {}
}
