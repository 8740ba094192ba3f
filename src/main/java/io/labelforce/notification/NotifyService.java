package io.labelforce.notification;

import io.labelforce.common.BatchResponse;
import io.labelforce.task.TaskNotifications;
import io.labelforce.task.TaskNotifications.Member;
import io.labelforce.task.TaskNotifications.NotifiableTask;
import io.labelforce.workforce.WorkerEmails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SendEmails: one result per address. The rate limits, the outbox rows and the {@link MailQueued} event
 * commit together, so a notification that was answered with success is sent even if the service stops
 * right after answering.
 */
@Service
class NotifyService {

    private final TaskNotifications tasks;
    private final MailThrottle throttle;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotifyService(
            TaskNotifications tasks,
            MailThrottle throttle,
            MailOutbox outbox,
            MailTemplates templates,
            MailSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.throttle = throttle;
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A repeated address gets the result of its first occurrence and is mailed once. A fixed number of
     * statements however many addresses: the task and its members, the rate limits (two), the outbox rows
     * (one batch) and the event.
     */
    @Transactional
    BatchResponse notify(String projectId, String datasetId, String taskId, List<String> emails, String locale) {
        NotifiableTask task =
                tasks.find(projectId, datasetId, taskId).orElseThrow(() -> NotificationErrors.taskNotFound(taskId));
        Map<String, Member> members =
                task.members().stream().collect(Collectors.toMap(Member::email, Function.identity(), (a, b) -> a));
        Map<String, BatchResponse> results = new LinkedHashMap<>();
        Map<String, Member> candidates = new LinkedHashMap<>();
        for (String email : emails) {
            String address = WorkerEmails.normalise(email);
            if (results.containsKey(address) || candidates.containsKey(address)) {
                continue;
            }
            Member member = members.get(address);
            if (!WorkerEmails.isValid(address)) {
                results.put(
                        address,
                        BatchResponse.failed(
                                NotificationErrors.INVALID_PARAMETER,
                                "emails: '" + address + "' " + WorkerEmails.MESSAGE));
            } else if (member == null) {
                results.put(
                        address,
                        BatchResponse.failed(
                                NotificationErrors.WORKER_NOT_FOUND,
                                address + " is not a member of team labeling task " + task.taskId()));
            } else {
                candidates.put(address, member);
            }
        }
        Instant now = clock.instant();
        Duration interval = settings.notifyInterval();
        Map<String, Duration> waits = throttle.acquireAll(
                candidates.values().stream()
                        .map(member -> subject(task, member))
                        .toList(),
                now,
                interval);
        List<MailOutbox.NewMail> mails = new ArrayList<>();
        candidates.forEach((address, member) -> {
            Duration wait = waits.get(subject(task, member));
            if (wait != null) {
                results.put(
                        address,
                        BatchResponse.failed(
                                NotificationErrors.TOO_FREQUENT,
                                NotificationErrors.tooFrequentMessage(
                                        address + " can be notified about this task", interval, wait)));
            } else {
                mails.add(mail(projectId, task, address, member, locale));
                results.put(address, BatchResponse.ok());
            }
        });
        if (!mails.isEmpty()) {
            events.publishEvent(new MailQueued(outbox.queueAll(mails, now)));
        }
        return BatchResponse.of(emails.stream()
                .map(email -> results.get(WorkerEmails.normalise(email)))
                .toList());
    }

    private MailOutbox.NewMail mail(
            String projectId, NotifiableTask task, String address, Member member, String locale) {
        MailTemplates.Rendered content = templates.render(
                "task-notify",
                locale,
                Map.of(
                        "task_name", task.taskName(),
                        "task_id", task.taskId(),
                        "dataset_id", task.datasetId(),
                        "role", MailTexts.role(member.role(), locale)));
        return new MailOutbox.NewMail(
                projectId,
                MailOutbox.Kind.TASK_NOTIFY,
                address,
                locale,
                content,
                member.workerId(),
                member.workforceId(),
                task.taskId(),
                null);
    }

    private static String subject(NotifiableTask task, Member member) {
        return "notify:" + task.taskId() + ":" + member.workerId();
    }
}
