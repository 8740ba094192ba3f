-- The member keys issued when an invitation was accepted, and the membership each acts for: a key whose
-- member is no longer in the team (removed) stops working (MemberKeyLinks, a security.MemberKeyGuard).
create table member_key (
    key_id       uuid          primary key,
    project_id   varchar(64)   not null,
    workforce_id varchar(19)   not null,
    worker_id    varchar(32)   not null,
    create_time  timestamptz   not null
);
