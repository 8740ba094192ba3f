package io.labelforce.storage;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The AWS SDK v2 client, set up for third-party S3 servers: checksums only when an operation requires them (servers
 * such as S3Proxy and older MinIO refuse the SDK's default CRC headers) and path-style addressing by default.
 */
final class S3ObjectStorage implements ObjectStorage, AutoCloseable {

    private static final int DELETE_BATCH = 1000;

    private final S3Client client;
    private final S3Presigner presigner;
    private final String bucket;
    private final Duration presignTtl;

    S3ObjectStorage(StorageConnectionDetails c, @Nullable String publicEndpoint, Duration presignTtl) {
        String endpoint = Objects.requireNonNull(c.endpoint());
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(
                Objects.requireNonNull(c.accessKey()), Objects.requireNonNull(c.secretKey())));
        S3Configuration s3 =
                S3Configuration.builder().pathStyleAccessEnabled(c.pathStyle()).build();
        this.client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(c.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(c.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        this.presigner = S3Presigner.builder()
                .endpointOverride(
                        URI.create(publicEndpoint == null || publicEndpoint.isBlank() ? endpoint : publicEndpoint))
                .region(Region.of(c.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(s3)
                .build();
        this.bucket = Objects.requireNonNull(c.bucket());
        this.presignTtl = presignTtl;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public String defaultBucket() {
        return bucket;
    }

    @Override
    public void put(ObjectRef ref, byte[] content, String contentType) {
        call(
                "write",
                ref.path(),
                () -> client.putObject(
                        b -> b.bucket(ref.bucket()).key(ref.key()).contentType(contentType),
                        RequestBody.fromBytes(content)));
    }

    @Override
    public Optional<ObjectInfo> head(ObjectRef ref) {
        try {
            var head = client.headObject(b -> b.bucket(ref.bucket()).key(ref.key()));
            return Optional.of(new ObjectInfo(ref.key(), head.contentLength(), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failed("read", ref.path(), e);
        } catch (SdkException e) {
            throw failed("read", ref.path(), e);
        }
    }

    @Override
    public List<ObjectInfo> list(String bucket, String prefix, @Nullable String startAfter, int max) {
        ListObjectsV2Request.Builder request =
                ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).maxKeys(max);
        if (startAfter != null) {
            request.startAfter(startAfter);
        }
        return call(
                "list",
                "/" + bucket + "/" + prefix,
                () -> client.listObjectsV2(request.build()).contents().stream()
                        .map(o -> new ObjectInfo(o.key(), o.size(), o.lastModified()))
                        .toList());
    }

    @Override
    public void delete(String bucket, Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += DELETE_BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + DELETE_BATCH));
            try {
                deleteBatch(bucket, chunk);
            } catch (S3Exception e) {
                if (e.statusCode() != 501) {
                    throw failed("delete objects in", "/" + bucket, e);
                }
                // servers without DeleteObjects (S3Proxy 2.6.0 answers 501): one call per object
                chunk.forEach(key -> call(
                        "delete",
                        "/" + bucket + "/" + key,
                        () -> client.deleteObject(b -> b.bucket(bucket).key(key))));
            } catch (SdkException e) {
                throw failed("delete objects in", "/" + bucket, e);
            }
        }
    }

    private void deleteBatch(String bucket, List<String> keys) {
        List<ObjectIdentifier> ids = keys.stream()
                .map(k -> ObjectIdentifier.builder().key(k).build())
                .toList();
        var response = client.deleteObjects(b -> b.bucket(bucket)
                .delete(Delete.builder().objects(ids).quiet(true).build()));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            var first = response.errors().get(0);
            throw StorageException.failed("delete", "/" + bucket + "/" + first.key(), first.code());
        }
    }

    @Override
    public URI presignGet(ObjectRef ref) {
        return call(
                "sign a URL for",
                ref.path(),
                () -> URI.create(presigner
                        .presignGetObject(b -> b.signatureDuration(presignTtl)
                                .getObjectRequest(g -> g.bucket(ref.bucket()).key(ref.key())))
                        .url()
                        .toString()));
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }

    private static <T> T call(String operation, String target, Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw failed(operation, target, e);
        }
    }

    private static StorageException failed(String operation, String target, SdkException e) {
        String reason = e instanceof S3Exception s3 && s3.awsErrorDetails() != null
                ? s3.statusCode() + " " + s3.awsErrorDetails().errorCode()
                : e.getClass().getSimpleName();
        return StorageException.failed(operation, target, reason);
    }
}
