/**
 * Object storage for sample files: one S3 code path (AWS SDK v2) for AWS S3, MinIO, Ceph RGW and OBS.
 * Public API: {@link ObjectStorage} (put, head, list, delete, presigned GET URLs), {@link ObjectRef},
 * {@link StorageLocation} (parses {@code /bucket/dir/} and {@code s3://bucket/dir/} paths), {@link StorageSettings}
 * ({@code labelforce.storage.*}), {@link StorageConnectionDetails} (lets a test or another set-up supply the
 * connection, as Boot's connection details do) and {@link StorageException}. When the settings are missing the
 * service still starts; every call that needs storage answers 503 naming the missing settings.
 */
@NullMarked
package io.labelforce.storage;

import org.jspecify.annotations.NullMarked;
