package io.labelforce.storage;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bucket and a key prefix, from a dataset's {@code data_path} or {@code work_path}: {@code /bucket/dir/} (the first
 * segment is the bucket, as in OBS paths), {@code bucket/dir/} or {@code s3://bucket/dir/}. The prefix is empty or
 * ends with {@code /}.
 */
public record StorageLocation(String bucket, String prefix) {

    public StorageLocation {
        if (bucket.isEmpty() || bucket.contains("/")) {
            throw new IllegalArgumentException("bucket: must be one path segment");
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix: must be empty or end with /");
        }
    }

    /** The location a path names, or empty when it names no bucket. */
    public static Optional<StorageLocation> parse(@Nullable String path) {
        if (path == null) {
            return Optional.empty();
        }
        String rest = path.strip();
        if (rest.regionMatches(true, 0, "s3://", 0, 5)) {
            rest = rest.substring(5);
        } else if (rest.regionMatches(true, 0, "obs://", 0, 6)) {
            rest = rest.substring(6);
        }
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (bucket.isEmpty()) {
            return Optional.empty();
        }
        String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/{2,}", "/");
        if (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        return Optional.of(new StorageLocation(bucket, prefix));
    }

    /** The object named {@code name} in this location. */
    public ObjectRef resolve(String name) {
        return new ObjectRef(bucket, prefix + name);
    }

    /** {@code /bucket/prefix}. */
    public String path() {
        return "/" + bucket + "/" + prefix;
    }
}
