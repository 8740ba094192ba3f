package io.labelforce.notification;

import io.labelforce.workforce.WorkerRole;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Words that templates take from code: role names and dates, per locale. */
final class MailTexts {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private MailTexts() {}

    static String role(WorkerRole role, String locale) {
        boolean chinese = "zh-cn".equals(locale);
        return switch (role) {
            case LABELER -> chinese ? "标注人员" : "labeler";
            case REVIEWER -> chinese ? "审核人员" : "reviewer";
            case TEAM_ADMINISTRATOR -> chinese ? "团队管理员" : "team administrator";
            case DATASET_OWNER -> chinese ? "数据集所有者" : "dataset owner";
        };
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }
}
