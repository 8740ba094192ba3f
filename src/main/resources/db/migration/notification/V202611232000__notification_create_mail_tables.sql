-- The mail outbox: every e-mail is a row here first, written in the transaction that decides to send it.
-- A replica claims a row (PENDING -> SENDING, with a lease) before sending it, so each mail is sent once.
create table mail_message (
    id             varchar(32)    primary key,
    project_id     varchar(64)    not null,
    kind           varchar(16)    not null check (kind in ('INVITATION', 'TASK_NOTIFY')),
    recipient      varchar(254)   not null,
    locale         varchar(5)     not null,
    subject        varchar(998)   not null,
    -- erased once the mail is in a final state: an invitation's link then exists only in the mailbox
    text_body      text,
    html_body      text,
    state          varchar(16)    not null default 'PENDING'
                   check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts       integer        not null default 0,
    last_error     varchar(1000),
    claimed_by     varchar(100),
    claimed_until  timestamptz,
    -- what the outcome is recorded on (a member task, or a member's status)
    workforce_id   varchar(19),
    worker_id      varchar(32)    not null,
    task_id        varchar(19),
    invitation_id  varchar(32),
    create_time    timestamptz    not null,
    update_time    timestamptz    not null,
    sent_time      timestamptz
);

create index ix_mail_message_open on mail_message (create_time) where state in ('PENDING', 'SENDING');
create index ix_mail_message_worker on mail_message (worker_id, create_time);

-- Invitations: the link's secret is stored only as its SHA-256.
create table invitation (
    id             varchar(32)    primary key,
    project_id     varchar(64)    not null,
    workforce_id   varchar(19)    not null,
    worker_id      varchar(32)    not null,
    email          varchar(254)   not null,
    token_hash     varchar(64)    not null,
    -- the member addition an automatic invitation answers (worker id and time): handled once
    source_key     varchar(100),
    create_time    timestamptz    not null,
    expire_time    timestamptz    not null,
    accept_time    timestamptz,
    revoke_time    timestamptz,
    constraint uk_invitation_token_hash unique (token_hash),
    constraint uk_invitation_source_key unique (source_key)
);

create index ix_invitation_open on invitation (worker_id) where accept_time is null and revoke_time is null;

-- Rate limits (ModelArts.4627): the last time something was queued for a subject such as a member of a task.
create table mail_throttle (
    subject        varchar(100)   primary key,
    last_time      timestamptz    not null
);
