-- Objects written for sample rows that are not committed yet (issue 10: "an object written for a row that was never
-- committed is cleaned up"). An upload records its objects here in a transaction of their own before writing them,
-- and deletes the records in the transaction that inserts the sample rows. A record that outlives the grace period
-- belongs to an upload whose process died between the two: OrphanSweeper deletes its object, unless a sample of the
-- dataset references it by then. No foreign key to dataset: a dataset deleted meanwhile still has its objects swept.
create table pending_object (
    project_id   varchar(64)   not null,
    dataset_id   varchar(19)   not null,
    bucket       varchar(63)   not null,
    object_key   varchar(1024) not null,
    create_time  timestamptz   not null,
    constraint pk_pending_object primary key (project_id, dataset_id, bucket, object_key)
);
