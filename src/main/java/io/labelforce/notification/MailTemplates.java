package io.labelforce.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Mail templates {@code classpath:mail/<name>_<locale>.txt} (first line {@code Subject: ...}) and
 * {@code .html}, with {@code {{variable}}} placeholders. Values are HTML-escaped in the HTML part and
 * stripped of line breaks in the subject. Templates are read once.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String SUBJECT = "Subject: ";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** A mail ready to send. */
    record Rendered(String subject, String text, String html) {}

    Rendered render(String name, String locale, Map<String, String> values) {
        String text = load("mail/" + name + "_" + locale + ".txt");
        int end = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || end < 0) {
            throw new IllegalStateException(
                    "Template " + name + "_" + locale + ".txt must start with '" + SUBJECT + "'");
        }
        String subject = fill(text.substring(SUBJECT.length(), end).strip(), values, Mode.SUBJECT);
        return new Rendered(
                subject,
                fill(text.substring(end + 1), values, Mode.TEXT),
                fill(load("mail/" + name + "_" + locale + ".html"), values, Mode.HTML));
    }

    private enum Mode {
        SUBJECT,
        TEXT,
        HTML
    }

    private static String fill(String template, Map<String, String> values, Mode mode) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {{" + matcher.group(1) + "}}");
            }
            String safe = switch (mode) {
                case SUBJECT -> value.replaceAll("[\\r\\n]+", " ");
                case TEXT -> value;
                case HTML -> HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(safe));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String load(String path) {
        return cache.computeIfAbsent(path, p -> {
            try {
                return new ClassPathResource(p)
                        .getContentAsString(StandardCharsets.UTF_8)
                        .replace("\r\n", "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Missing mail template " + p, e);
            }
        });
    }
}
