package io.labelforce.notification;

import io.labelforce.task.TaskNotifications;
import io.labelforce.task.TaskNotifications.Member;
import io.labelforce.task.TaskNotifications.NotifiableTask;
import io.labelforce.task.TaskStarted;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A started task notifies its members through the outbox, as SendEmails does (same template, default locale): one
 * mail per address, so a person assigned through two teams gets one mail; the delivery outcome is recorded on every
 * member task of that address ({@link TaskNotifications#recordEmail}). Runs after the start committed, from the
 * event publication registry; the outbox rows and their {@link MailQueued} event commit together.
 */
@Component
class TaskStartMails {

    private final TaskNotifications tasks;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskStartMails(
            TaskNotifications tasks,
            MailOutbox outbox,
            MailTemplates templates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TaskStarted event) {
        NotifiableTask task =
                tasks.find(event.projectId(), event.datasetId(), event.taskId()).orElse(null);
        if (task == null) {
            return;
        }
        Map<String, Member> byAddress = new LinkedHashMap<>();
        task.members().forEach(member -> byAddress.putIfAbsent(member.email(), member));
        List<MailOutbox.NewMail> mails = new ArrayList<>();
        String locale = "en-us";
        byAddress.forEach((address, member) -> mails.add(new MailOutbox.NewMail(
                event.projectId(),
                MailOutbox.Kind.TASK_NOTIFY,
                address,
                locale,
                templates.render(
                        "task-notify",
                        locale,
                        Map.of(
                                "task_name", task.taskName(),
                                "task_id", task.taskId(),
                                "dataset_id", task.datasetId(),
                                "role", MailTexts.role(member.role(), locale))),
                member.workerId(),
                member.workforceId(),
                task.taskId(),
                null)));
        if (!mails.isEmpty()) {
            events.publishEvent(new MailQueued(outbox.queueAll(mails, clock.instant())));
        }
    }
}
