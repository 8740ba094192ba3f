package io.labelforce.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.labelforce.task.TaskNotifications;
import io.labelforce.task.TaskNotifications.Member;
import io.labelforce.task.TaskNotifications.NotifiableTask;
import io.labelforce.workforce.WorkerEmails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SendEmails (20): one result per address. The rate limits, the outbox rows and the {@link MailQueued} event
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

    NotifyService(TaskNotifications tasks, MailThrottle throttle, MailOutbox outbox, MailTemplates templates,
            MailSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.throttle = throttle;
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A repeated address gets the result of its first occurrence; it is mailed once. */
    @Transactional
    BatchResult notify(String projectId, String datasetId, String taskId, List<String> emails, String locale) {
        NotifiableTask task = tasks.find(projectId, datasetId, taskId)
                .orElseThrow(() -> NotificationErrors.taskNotFound(taskId));
        Map<String, Member> members = task.members().stream()
                .collect(Collectors.toMap(Member::email, Function.identity(), (a, b) -> a));
        Instant now = clock.instant();
        Map<String, BatchResult> done = new HashMap<>();
        List<BatchResult> results = new ArrayList<>(emails.size());
        List<String> queued = new ArrayList<>();
        for (String email : emails) {
            String address = WorkerEmails.normalise(email);
            results.add(done.computeIfAbsent(address, a -> notifyOne(projectId, task, a, members.get(a), locale,
                    now, queued)));
        }
        if (!queued.isEmpty()) {
            events.publishEvent(new MailQueued(List.copyOf(queued)));
        }
        return BatchResult.of(results);
    }

    private BatchResult notifyOne(String projectId, NotifiableTask task, String address, @org.jspecify.annotations.Nullable Member member,
            String locale, Instant now, List<String> queued) {
        if (!WorkerEmails.isValid(address)) {
            return BatchResult.failed(NotificationErrors.INVALID_PARAMETER,
                    "emails: '" + address + "' " + WorkerEmails.MESSAGE);
        }
        if (member == null) {
            return BatchResult.failed(NotificationErrors.WORKER_NOT_FOUND,
                    address + " is not a member of team labeling task " + task.taskId());
        }
        Duration interval = settings.notifyInterval();
        Optional<Duration> wait = throttle.acquire("notify:" + task.taskId() + ":" + member.workerId(), now, interval);
        if (wait.isPresent()) {
            return BatchResult.failed(NotificationErrors.TOO_FREQUENT, NotificationErrors.tooFrequentMessage(
                    address + " can be notified about this task", interval, wait.get()));
        }
        MailTemplates.Rendered content = templates.render("task-notify", locale, Map.of(
                "task_name", task.taskName(),
                "task_id", task.taskId(),
                "dataset_id", task.datasetId(),
                "role", MailTexts.role(member.role(), locale)));
        queued.add(outbox.queue(new MailOutbox.NewMail(projectId, MailOutbox.Kind.TASK_NOTIFY, address, locale,
                content, member.workerId(), member.workforceId(), task.taskId(), null), now));
        return BatchResult.ok();
    }
}
