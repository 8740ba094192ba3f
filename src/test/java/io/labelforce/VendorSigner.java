package io.labelforce;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Signs requests with the Huawei Cloud Java SDK's own signer ({@code huaweicloud-sdk-core}): an
 * implementation of {@code SDK-HMAC-SHA256} we did not write. Requests go to {@code http://localhost}, the
 * host MockMvc requests carry.
 */
public final class VendorSigner {

    public static final String HOST = "localhost";

    private VendorSigner() {}

    /** The headers the SDK sends: {@code Authorization}, {@code X-Sdk-Date} (and {@code Host}). */
    public static Map<String, String> sign(
            String method,
            String uri,
            @Nullable String body,
            String accessKey,
            String secretKey,
            @Nullable String sdkDate) {
        return sign(method, uri, body, accessKey, secretKey, sdkDate, Map.of());
    }

    /**
     * With extra headers that the SDK signs too (it signs every header but {@code Content-Type}) and that are
     * returned with the others. A unique {@code X-Request-Id} makes two identical requests within one second
     * two different signatures.
     */
    public static Map<String, String> sign(
            String method,
            String uri,
            @Nullable String body,
            String accessKey,
            String secretKey,
            @Nullable String sdkDate,
            Map<String, String> extraHeaders) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        HttpRequest.HttpRequestBuilder builder = HttpRequest.newBuilder()
                .withMethod(HttpMethod.valueOf(method))
                .withEndpoint("http://" + HOST)
                .withPath(path);
        if (q >= 0) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (String pair : uri.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                params.computeIfAbsent(eq < 0 ? pair : pair.substring(0, eq), k -> new ArrayList<>())
                        .add(eq < 0 ? "" : pair.substring(eq + 1));
            }
            params.forEach(builder::addQueryParam);
        }
        if (body != null) {
            builder.withBodyAsString(body).withContentType("application/json");
        }
        if (sdkDate != null) {
            builder.addHeader("X-Sdk-Date", sdkDate);
        }
        extraHeaders.forEach(builder::addHeader);
        BasicCredentials credentials = new BasicCredentials().withAk(accessKey).withSk(secretKey);
        Map<String, String> headers =
                new LinkedHashMap<>(AKSKSigner.getInstance().sign(builder.build(), credentials));
        headers.putIfAbsent("Host", HOST);
        extraHeaders.forEach(headers::putIfAbsent);
        if (sdkDate != null) {
            headers.putIfAbsent("X-Sdk-Date", sdkDate);
        }
        return headers;
    }
}
