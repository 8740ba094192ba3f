package io.labelforce.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.labelforce.common.Ids;
import io.labelforce.common.Secrets;
import io.labelforce.security.MemberCredentials;
import io.labelforce.workforce.MemberStatus;
import io.labelforce.workforce.WorkerAdded;
import io.labelforce.workforce.WorkerRef;
import io.labelforce.workforce.WorkerStatus;
import io.labelforce.workforce.WorkforceDirectory;
import io.labelforce.workforce.WorkforceNotFound;
import io.labelforce.workforce.WorkforceRef;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a single-use link with a 256-bit secret ({@code lfi_} + 43 base64url characters), stored only
 * as its SHA-256. A new invitation of a member revokes its earlier open ones. Sending it moves the member
 * from status 0 to 1 ({@link MailDelivery}); accepting it moves the member to 2 and gives the member its
 * credential ({@link MemberCredentials}).
 */
@Service
@Transactional(readOnly = true)
class InvitationService {

    static final String TOKEN_PATTERN = "lfi_[A-Za-z0-9_-]{43}";

    private final InvitationStore store;
    private final WorkforceDirectory directory;
    private final MemberStatus members;
    private final MailOutbox outbox;
    private final MailThrottle throttle;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final ApplicationEventPublisher events;
    private final MemberCredentials credentials;
    private final MemberKeyLinks memberKeys;
    private final Clock clock;

    InvitationService(
            InvitationStore store,
            WorkforceDirectory directory,
            MemberStatus members,
            MailOutbox outbox,
            MailThrottle throttle,
            MailTemplates templates,
            MailSettings settings,
            ApplicationEventPublisher events,
            MemberCredentials credentials,
            MemberKeyLinks memberKeys,
            Clock clock) {
        this.store = store;
        this.directory = directory;
        this.members = members;
        this.outbox = outbox;
        this.throttle = throttle;
        this.templates = templates;
        this.settings = settings;
        this.events = events;
        this.credentials = credentials;
        this.memberKeys = memberKeys;
        this.clock = clock;
    }

    /** What the accept call and the link show. */
    record InvitationView(
            String email, String workforceId, @Nullable String workforceName, InvitationState state, long expireTime) {}

    /**
     * The answer of the JSON accept call: {@code member_key} where members get member keys, or
     * {@code login_url} (the identity provider's sign-in) where OIDC is configured.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Accepted(
            String workforceId,
            String workerId,
            String email,
            WorkerStatus status,
            @Nullable String memberKey,
            @Nullable String loginUrl) {}

    /** What the invitation page shows; {@code memberActive} is false once the member was removed. */
    record PageView(
            String projectId,
            String workforceId,
            @Nullable String workforceName,
            String email,
            InvitationState state,
            Instant expireTime,
            boolean memberActive) {}

    /**
     * An accepted invitation: either a member key (its secret, shown once) or, where OIDC is configured, the
     * identity provider's sign-in URL.
     */
    record Acceptance(
            String projectId,
            String workforceId,
            @Nullable String workforceName,
            String workerId,
            String email,
            @Nullable String memberKey,
            @Nullable String loginUrl) {

        Accepted json() {
            return new Accepted(workforceId, workerId, email, WorkerStatus.JOINED, memberKey, loginUrl);
        }
    }

    record Sent(String workerId, String email, long expireTime) {}

    /** The invitation of a member just added; once per addition, however often the event is handled. */
    @Transactional
    void inviteAdded(WorkerAdded added) {
        WorkerRef worker =
                new WorkerRef(added.workerId(), added.workforceId(), added.email(), added.role(), WorkerStatus.NEW);
        throttle.touch(subject(added.workerId()), clock.instant());
        issue(
                added.projectId(),
                worker,
                added.locale(),
                added.workerId() + ":" + added.addedAt().toEpochMilli());
    }

    /** Sends a member a new invitation (revoking the open ones); at most once per {@code invite-interval}. */
    @Transactional
    Sent resend(String projectId, String workforceId, String workerId, String locale) {
        if (directory.findWorkforce(projectId, workforceId).isEmpty()) {
            throw WorkforceNotFound.workforce(workforceId);
        }
        WorkerRef worker = directory
                .findWorker(projectId, workforceId, workerId)
                .filter(WorkerRef::active)
                .orElseThrow(() -> WorkforceNotFound.worker(workerId));
        if (worker.status() == WorkerStatus.JOINED) {
            throw NotificationErrors.alreadyJoined(workerId);
        }
        throttle.acquire(subject(workerId), clock.instant(), settings.inviteInterval())
                .ifPresent(wait -> {
                    throw NotificationErrors.tooFrequent("A member can be invited", settings.inviteInterval(), wait);
                });
        Instant expires = issue(projectId, worker, locale, null).orElseThrow();
        return new Sent(workerId, worker.email(), expires.toEpochMilli());
    }

    InvitationView describe(String token) {
        InvitationStore.Invitation row = find(token, false).orElseThrow(NotificationErrors::invitationNotFound);
        return new InvitationView(
                row.email(),
                row.workforceId(),
                workforceName(row),
                row.state(clock.instant()),
                row.expireTime().toEpochMilli());
    }

    PageView page(String token) {
        InvitationStore.Invitation row = find(token, false).orElseThrow(NotificationErrors::invitationNotFound);
        InvitationState state = row.state(clock.instant());
        boolean active = state != InvitationState.PENDING
                || directory
                        .findWorker(row.projectId(), row.workforceId(), row.workerId())
                        .filter(WorkerRef::active)
                        .isPresent();
        return new PageView(
                row.projectId(), row.workforceId(), workforceName(row), row.email(), state, row.expireTime(), active);
    }

    private @Nullable String workforceName(InvitationStore.Invitation row) {
        return directory
                .findWorkforce(row.projectId(), row.workforceId())
                .map(WorkforceRef::workforceName)
                .orElse(null);
    }

    /**
     * Single use: the invitation row is locked, so two concurrent accepts cannot both succeed. The member then
     * gets its credential: a new member key (earlier member keys of the e-mail in the project are revoked), or
     * where OIDC is configured, the identity provider's sign-in.
     */
    @Transactional
    Acceptance accept(String token) {
        InvitationStore.Invitation row = find(token, true).orElseThrow(NotificationErrors::invitationNotFound);
        Instant now = clock.instant();
        switch (row.state(now)) {
            case ACCEPTED -> throw NotificationErrors.invitationUsed("it was accepted already");
            case REVOKED -> throw NotificationErrors.invitationUsed("a newer invitation replaced it");
            case EXPIRED -> throw NotificationErrors.invitationExpired();
            case PENDING -> {
                // can be accepted
            }
        }
        if (!members.markJoined(row.projectId(), row.workforceId(), row.workerId())) {
            boolean joined = directory
                    .findWorker(row.projectId(), row.workforceId(), row.workerId())
                    .filter(w -> w.status() == WorkerStatus.JOINED)
                    .isPresent();
            throw NotificationErrors.invitationUsed(
                    joined ? "the member has joined already" : "the membership no longer exists");
        }
        store.markAccepted(row.id(), now);
        String login = credentials.identityProviderLogin(row.email()).orElse(null);
        String key = null;
        if (login == null) {
            MemberCredentials.IssuedMemberKey issued =
                    credentials.issue(row.projectId(), row.email(), "member-" + row.workerId());
            memberKeys.link(issued.id(), row.projectId(), row.workforceId(), row.workerId(), now);
            key = issued.token();
        }
        return new Acceptance(
                row.projectId(), row.workforceId(), workforceName(row), row.workerId(), row.email(), key, login);
    }

    /** Queues the invitation mail; empty when this addition was handled before or the team is gone. */
    private Optional<Instant> issue(String projectId, WorkerRef worker, String locale, @Nullable String sourceKey) {
        Optional<WorkforceRef> team = directory.findWorkforce(projectId, worker.workforceId());
        if (team.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expires = now.plus(settings.invitationTtl());
        String id = Ids.hex32();
        String token = newToken();
        if (!store.insert(
                id,
                projectId,
                worker.workforceId(),
                worker.workerId(),
                worker.email(),
                hash(token),
                sourceKey,
                now,
                expires)) {
            return Optional.empty();
        }
        store.revokeOthers(projectId, worker.workerId(), id, now);
        // a new invitation (a member added again, or one who never joined) ends the e-mail's member keys here
        credentials.revoke(projectId, worker.email());
        MailTemplates.Rendered content = templates.render(
                "invitation",
                locale,
                Map.of(
                        "workforce_name", team.get().workforceName(),
                        "role", MailTexts.role(worker.role(), locale),
                        "link", settings.invitationUrl().replace("{token}", token),
                        "expires", MailTexts.date(expires)));
        String messageId = outbox.queue(
                new MailOutbox.NewMail(
                        projectId,
                        MailOutbox.Kind.INVITATION,
                        worker.email(),
                        locale,
                        content,
                        worker.workerId(),
                        worker.workforceId(),
                        null,
                        id),
                now);
        events.publishEvent(new MailQueued(List.of(messageId)));
        return Optional.of(expires);
    }

    private Optional<InvitationStore.Invitation> find(String token, boolean lock) {
        return token.matches(TOKEN_PATTERN) ? store.findByTokenHash(hash(token), lock) : Optional.empty();
    }

    private static String subject(String workerId) {
        return "invite:" + workerId;
    }

    private static String newToken() {
        return Secrets.newSecret("lfi_");
    }

    static String hash(String token) {
        return Secrets.sha256(token);
    }
}
