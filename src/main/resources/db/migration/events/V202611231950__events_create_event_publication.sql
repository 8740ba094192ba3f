-- Spring Modulith's JPA event publication registry (spring-modulith-events-jpa 2.1, entity
-- DefaultJpaEventPublication): one row per event and transactional listener, written in the publishing
-- transaction. Completed rows are deleted (spring.modulith.events.completion-mode=delete).
create table event_publication (
    id                     uuid          primary key,
    listener_id            text          not null,
    event_type             text          not null,
    serialized_event       text          not null,
    publication_date       timestamptz   not null,
    completion_date        timestamptz,
    status                 varchar(20)   check (status in ('PUBLISHED', 'PROCESSING', 'COMPLETED', 'FAILED', 'RESUBMITTED')),
    completion_attempts    integer       not null default 0,
    last_resubmission_date timestamptz
);

-- completion by (event, listener) when the publication is not known in memory
create index ix_event_publication_serialized_event on event_publication using hash (serialized_event);
-- the incomplete, failed and stale look-ups
create index ix_event_publication_open on event_publication (status, publication_date) where completion_date is null;
create index ix_event_publication_completion_date on event_publication (completion_date);
