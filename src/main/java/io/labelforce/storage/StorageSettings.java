package io.labelforce.storage;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.PropertyResolver;

/**
 * {@code labelforce.storage.*}, also as environment variables {@code LABELFORCE_STORAGE_ENDPOINT}, {@code _REGION},
 * {@code _BUCKET}, {@code _ACCESSKEY}, {@code _SECRETKEY}, {@code _PATHSTYLE}. Boot's relaxed binding does not map
 * {@code _ACCESSKEY} to {@code access-key} (tested), so {@link #withAliases} reads the dash-less names as well.
 *
 * @param endpoint the S3 API endpoint, e.g. {@code http://minio:9000}
 * @param publicEndpoint the endpoint put into presigned URLs when clients reach storage by another name than the
 *     service does (default: {@code endpoint})
 * @param region the signing region
 * @param bucket the default bucket: paths without a bucket of their own, and where the embedded test server starts
 * @param accessKey access key id
 * @param secretKey secret access key
 * @param pathStyle path-style addressing ({@code endpoint/bucket/key}), which MinIO and most servers expect
 * @param presignTtl how long a presigned GET URL stays valid
 */
@ConfigurationProperties("labelforce.storage")
public record StorageSettings(
        @Nullable String endpoint,
        @Nullable String publicEndpoint,
        @DefaultValue("us-east-1") String region,
        @Nullable String bucket,
        @Nullable String accessKey,
        @Nullable String secretKey,
        @DefaultValue("true") boolean pathStyle,
        @DefaultValue("15m") Duration presignTtl) {

    /**
     * The settings with the dash-less names ({@code labelforce.storage.accesskey}, i.e. {@code
     * LABELFORCE_STORAGE_ACCESSKEY}) filling what the dashed ones left unset.
     */
    public StorageSettings withAliases(PropertyResolver env) {
        String prefix = "labelforce.storage.";
        return new StorageSettings(
                endpoint,
                publicEndpoint != null ? publicEndpoint : env.getProperty(prefix + "publicendpoint"),
                region,
                bucket,
                accessKey != null ? accessKey : env.getProperty(prefix + "accesskey"),
                secretKey != null ? secretKey : env.getProperty(prefix + "secretkey"),
                env.getProperty(prefix + "pathstyle", Boolean.class, pathStyle),
                env.containsProperty(prefix + "presignttl")
                        ? DurationStyle.detectAndParse(env.getRequiredProperty(prefix + "presignttl"))
                        : presignTtl);
    }
}
