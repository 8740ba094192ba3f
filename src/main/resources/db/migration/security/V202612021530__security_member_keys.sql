-- Member keys (issue 13): an API key with permission 'member', one project, and the member's e-mail. Access
-- keys may carry the permission too (issued by the administrator).
alter table api_key drop constraint api_key_permission_check;
alter table api_key add constraint api_key_permission_check
    check (permission in ('read', 'write', 'admin', 'member'));
alter table access_key drop constraint access_key_permission_check;
alter table access_key add constraint access_key_permission_check
    check (permission in ('read', 'write', 'admin', 'member'));

-- revoking a member's keys looks them up by e-mail
create index ix_api_key_member on api_key (worker_email) where permission = 'member' and revoked_at is null;
