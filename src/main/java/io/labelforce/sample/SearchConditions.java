package io.labelforce.sample;

import io.labelforce.storage.StorageLocation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads the SearchCondition keys beyond labels and names: labeler, sample_dir and sample_time. */
@Component
class SearchConditions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_DAYS = 30;

    private final Clock clock;

    SearchConditions(Clock clock) {
        this.clock = clock;
    }

    SampleFilter.Extra labeler(SampleFilter.Extra extra, JsonNode value) {
        String labeler = text("labeler", value, 256);
        return new SampleFilter.Extra(labeler, extra.dirBucket(), extra.dirPrefix(), extra.timeFrom(), extra.timeTo());
    }

    /** {@code /bucket/dir/} or {@code s3://bucket/dir/}; must end with '/'; the directory's own files only. */
    SampleFilter.Extra sampleDir(SampleFilter.Extra extra, JsonNode value) {
        String dir = text("sample_dir", value, 1024);
        if (!dir.endsWith("/")) {
            throw SampleErrors.invalid("search_conditions: sample_dir must end with /");
        }
        StorageLocation location = StorageLocation.parse(dir)
                .orElseThrow(() -> SampleErrors.invalid("search_conditions: sample_dir must look like /bucket/dir/"));
        return new SampleFilter.Extra(
                extra.labeler(), location.bucket(), location.prefix(), extra.timeFrom(), extra.timeTo());
    }

    /** {@code day} (the last 24 hours), {@code month} (the last 30 days) or {@code yyyyMMdd-yyyyMMdd} (UTC, ≤ 30 days). */
    SampleFilter.Extra sampleTime(SampleFilter.Extra extra, JsonNode value) {
        String text = text("sample_time", value, 32);
        Instant now = clock.instant();
        Instant from;
        Instant to;
        switch (text) {
            case "day" -> {
                from = now.minus(Duration.ofDays(1));
                to = now.plusMillis(1);
            }
            case "month" -> {
                from = now.minus(Duration.ofDays(MAX_DAYS));
                to = now.plusMillis(1);
            }
            default -> {
                String[] days = text.split("-", -1);
                try {
                    if (days.length != 2) {
                        throw new DateTimeParseException("range", text, 0);
                    }
                    LocalDate first = LocalDate.parse(days[0], DAY);
                    LocalDate last = LocalDate.parse(days[1], DAY);
                    if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                        throw SampleErrors.invalid("search_conditions: sample_time covers 1 to 30 days");
                    }
                    from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
                    to = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    throw SampleErrors.invalid(
                            "search_conditions: sample_time must be day, month or yyyyMMdd-yyyyMMdd");
                }
            }
        }
        return new SampleFilter.Extra(extra.labeler(), extra.dirBucket(), extra.dirPrefix(), from, to);
    }

    private static String text(String key, JsonNode value, int max) {
        String text = value.isString() ? value.asString() : "";
        if (text.isEmpty() || text.length() > max) {
            throw SampleErrors.invalid(
                    "search_conditions: " + key + " must be a string of 1 to " + max + " characters");
        }
        return text;
    }
}
