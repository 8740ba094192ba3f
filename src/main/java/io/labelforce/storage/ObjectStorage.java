package io.labelforce.storage;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The object storage the sample files live in. Every method throws {@link StorageException}: kind
 * {@code UNAVAILABLE} (HTTP 503) when storage is not configured, naming the missing settings, or when the storage
 * server fails or cannot be reached.
 */
public interface ObjectStorage {

    /** Whether storage is configured; when false every other method throws. */
    boolean configured();

    /** {@code labelforce.storage.bucket}. */
    String defaultBucket();

    /** Writes (or overwrites) an object. */
    void put(ObjectRef ref, byte[] content, String contentType);

    /** The object's size and time, or empty when it does not exist. */
    Optional<ObjectInfo> head(ObjectRef ref);

    /** Up to {@code max} objects under the prefix, in key order, after {@code startAfter} (exclusive) when given. */
    List<ObjectInfo> list(String bucket, String prefix, @Nullable String startAfter, int max);

    /** Deletes the objects; absent ones are not an error. */
    void delete(String bucket, Collection<String> keys);

    /** A time-limited URL that reads the object without credentials ({@code labelforce.storage.presign-ttl}). */
    URI presignGet(ObjectRef ref);

    /** An object's key, size and last-modified time. */
    record ObjectInfo(String key, long size, Instant lastModified) {}
}
