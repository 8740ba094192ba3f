package io.labelforce;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jspecify.annotations.Nullable;

/**
 * The one S3 server of a test run (or of {@code spring-boot:test-run}): S3Proxy in this JVM with the in-memory
 * {@code transient} backend, signing with AWS V2/V4 like a real server, with the default bucket created.
 */
public final class TestStorage {

    public static final String BUCKET = "labelforce";
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";

    private static volatile @Nullable TestStorage instance;

    private final S3Proxy proxy;
    private final BlobStore blobStore;

    private TestStorage(S3Proxy proxy, BlobStore blobStore) {
        this.proxy = proxy;
        this.blobStore = blobStore;
    }

    public static TestStorage get() {
        TestStorage storage = instance;
        if (storage == null) {
            synchronized (TestStorage.class) {
                storage = instance;
                if (storage == null) {
                    storage = start();
                    instance = storage;
                }
            }
        }
        return storage;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** Direct access to the stored objects, to check what the service wrote without going through it. */
    public BlobStore blobStore() {
        return blobStore;
    }

    private static TestStorage start() {
        Properties properties = new Properties();
        BlobStoreContext context =
                ContextBuilder.newBuilder("transient").overrides(properties).build(BlobStoreContext.class);
        BlobStore store = context.getBlobStore();
        store.createContainerInLocation(null, BUCKET);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                proxy.stop();
            } catch (Exception ignored) {
                // the JVM is exiting
            }
        }));
        return new TestStorage(proxy, store);
    }
}
