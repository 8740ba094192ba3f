// An S3 server for the benchmarks, from the test classpath: S3Proxy 2.6.0 with the in-memory "transient" backend
// (the one the tests use), on 127.0.0.1:$1, with the bucket $2 created and $5 small objects preloaded under the
// prefix $4 straight into the blob store (no HTTP), so an import has something to list. Prints READY when serving.
//
//   java -cp "$(cat target/bench/test-classpath.txt)" bench/S3Server.java PORT BUCKET ACCESS:SECRET PREFIX COUNT
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

public class S3Server {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String bucket = args[1];
        String[] keys = args[2].split(":", 2);
        String prefix = args[3];
        int count = Integer.parseInt(args[4]);
        BlobStore store = ContextBuilder.newBuilder("transient")
                .overrides(new Properties())
                .build(BlobStoreContext.class)
                .getBlobStore();
        store.createContainerInLocation(null, bucket);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String key = prefix + String.format("%03d/img%07d.jpg", i % 100, i);
            byte[] body = ("object " + i).getBytes(StandardCharsets.UTF_8);
            store.putBlob(bucket, store.blobBuilder(key).payload(body).contentLength(body.length).build());
        }
        System.out.printf("Preloaded %d objects under /%s/%s in %d ms%n", count, bucket, prefix,
                (System.nanoTime() - start) / 1_000_000);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, keys[0], keys[1])
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        System.out.println("READY on " + port);
        Thread.currentThread().join();
    }
}
