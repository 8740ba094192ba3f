package io.labelforce.storage;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the object storage is and how to sign in. Taken from {@link StorageSettings} unless a bean of this type
 * exists (the tests and {@code spring-boot:test-run} supply one for the embedded S3 server).
 */
public interface StorageConnectionDetails {

    @Nullable
    String endpoint();

    String region();

    @Nullable
    String bucket();

    @Nullable
    String accessKey();

    @Nullable
    String secretKey();

    boolean pathStyle();

    /** The settings that are missing, as property and environment names; empty when storage can be used. */
    default List<String> missing() {
        List<String> missing = new ArrayList<>();
        check(missing, endpoint(), "labelforce.storage.endpoint (LABELFORCE_STORAGE_ENDPOINT)");
        check(missing, bucket(), "labelforce.storage.bucket (LABELFORCE_STORAGE_BUCKET)");
        check(missing, accessKey(), "labelforce.storage.access-key (LABELFORCE_STORAGE_ACCESSKEY)");
        check(missing, secretKey(), "labelforce.storage.secret-key (LABELFORCE_STORAGE_SECRETKEY)");
        return missing;
    }

    private static void check(List<String> missing, @Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }

    static StorageConnectionDetails of(StorageSettings s) {
        return new Fixed(s.endpoint(), s.region(), s.bucket(), s.accessKey(), s.secretKey(), s.pathStyle());
    }

    /** Connection details given by value. */
    record Fixed(
            @Nullable String endpoint,
            String region,
            @Nullable String bucket,
            @Nullable String accessKey,
            @Nullable String secretKey,
            boolean pathStyle)
            implements StorageConnectionDetails {}
}
