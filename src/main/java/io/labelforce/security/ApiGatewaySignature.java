package io.labelforce.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The Huawei Cloud API Gateway signature {@code SDK-HMAC-SHA256}, as the vendor SDKs compute it (API
 * Gateway developer guide, "Signing algorithm"):
 *
 * <pre>
 * CanonicalRequest = method \n canonical URI (each path segment encoded, ending with /) \n
 *                    sorted, encoded query \n lower-case name:value\n of each signed header \n
 *                    signed header names joined with ; \n hex SHA-256 of the body
 * StringToSign     = SDK-HMAC-SHA256 \n X-Sdk-Date \n hex SHA-256 of CanonicalRequest
 * Signature        = hex HMAC-SHA256(secret key, StringToSign)
 * </pre>
 *
 * Encoding is RFC 3986 (only {@code A-Z a-z 0-9 - _ . ~} stay), applied to the path and query as they came
 * over the wire, which is what the SDKs do with the URL they send.
 */
final class ApiGatewaySignature {

    static final String ALGORITHM = "SDK-HMAC-SHA256";
    static final String DATE_HEADER = "X-Sdk-Date";
    static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "SDK-HMAC-SHA256\\s+Access=([^,\\s]+)\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([0-9a-fA-F]{64})\\s*");

    /** The parts of an {@code Authorization: SDK-HMAC-SHA256 ...} header. */
    record Authorization(String accessKey, List<String> signedHeaders, String signature) {}

    private ApiGatewaySignature() {}

    static boolean isSigned(@Nullable String authorization) {
        return authorization != null
                && authorization.regionMatches(true, 0, ALGORITHM + " ", 0, ALGORITHM.length() + 1);
    }

    static Optional<Authorization> parse(String authorization) {
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> headers =
                List.of(m.group(2).toLowerCase(java.util.Locale.ROOT).split(";"));
        return Optional.of(new Authorization(m.group(1), headers, m.group(3).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * @param signedHeaders lower-case header name → value, in the order the client listed them
     */
    static String canonicalRequest(
            String method,
            String rawPath,
            @Nullable String rawQuery,
            Map<String, String> signedHeaders,
            String bodySha256) {
        StringBuilder headers = new StringBuilder();
        signedHeaders.forEach(
                (name, value) -> headers.append(name).append(':').append(value).append('\n'));
        return String.join(
                "\n",
                method,
                canonicalUri(rawPath),
                canonicalQuery(rawQuery),
                headers.toString(),
                String.join(";", signedHeaders.keySet()),
                bodySha256);
    }

    static String stringToSign(String sdkDate, String canonicalRequest) {
        return String.join("\n", ALGORITHM, sdkDate, sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    }

    static String sign(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time: the time taken does not depend on where two signatures first differ. */
    static boolean sameSignature(String expected, String presented) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String canonicalUri(String rawPath) {
        if (rawPath.isEmpty() || "/".equals(rawPath)) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        for (String segment : rawPath.split("/")) {
            uri.append(encode(segment)).append('/');
        }
        return uri.toString();
    }

    static String canonicalQuery(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        SortedMap<String, List<String>> params = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.computeIfAbsent(encode(key), k -> new ArrayList<>()).add(encode(value));
        }
        List<String> parts = new ArrayList<>();
        params.forEach((key, values) -> values.forEach(value -> parts.add(key + "=" + value)));
        return String.join("&", parts);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
