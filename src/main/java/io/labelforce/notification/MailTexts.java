package io.labelforce.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Words that templates take from code: role names and dates, per locale. */
final class MailTexts {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private MailTexts() {}

    static String role(int role, String locale) {
        boolean chinese = "zh-cn".equals(locale);
        return switch (role) {
            case 0 -> chinese ? "标注人员" : "labeler";
            case 1 -> chinese ? "审核人员" : "reviewer";
            case 2 -> chinese ? "团队管理员" : "team administrator";
            default -> chinese ? "数据集所有者" : "dataset owner";
        };
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }
}
