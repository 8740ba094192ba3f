package io.labelforce.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Authenticates an AK/SK request signed with {@code SDK-HMAC-SHA256} ({@link ApiGatewaySignature}): the
 * date must be within {@code max-clock-skew} of the server's clock, the signature must match (compared in
 * constant time), and it must not have been presented before within that window on any replica
 * ({@link SignatureReplays}).
 */
@Component
class SignedRequestAuthenticator {

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The caller, or why the request was refused (the message of the 401). */
    record Outcome(@Nullable Caller caller, String reason) {

        static Outcome authenticated(Caller caller) {
            return new Outcome(caller, "");
        }

        static Outcome rejected(String reason) {
            return new Outcome(null, reason);
        }
    }

    private final AccessKeyService accessKeys;
    private final SignatureReplays replays;
    private final Clock clock;
    private final Duration maxSkew;

    SignedRequestAuthenticator(
            AccessKeyService accessKeys, SignatureReplays replays, Clock clock, SecuritySettings settings) {
        this.accessKeys = accessKeys;
        this.replays = replays;
        this.clock = clock;
        this.maxSkew = settings.maxClockSkew();
    }

    Outcome authenticate(HttpServletRequest request, byte[] body) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        ApiGatewaySignature.@Nullable Authorization auth =
                header == null ? null : ApiGatewaySignature.parse(header).orElse(null);
        if (auth == null) {
            return Outcome.rejected("The Authorization header is not a well-formed SDK-HMAC-SHA256 signature");
        }
        if (!auth.signedHeaders().contains("x-sdk-date")
                || !auth.signedHeaders().contains("host")) {
            return Outcome.rejected("The signature must cover the Host and X-Sdk-Date headers");
        }
        String sdkDate = request.getHeader(ApiGatewaySignature.DATE_HEADER);
        Instant date = parseDate(sdkDate);
        if (sdkDate == null || date == null) {
            return Outcome.rejected("X-Sdk-Date is missing or not in the form yyyyMMddTHHmmssZ");
        }
        Instant now = clock.instant();
        if (Duration.between(date, now).abs().compareTo(maxSkew) > 0) {
            return Outcome.rejected(
                    "X-Sdk-Date is more than " + maxSkew.toMinutes() + " minutes off the server's clock");
        }
        String bodyHash = ApiGatewaySignature.sha256Hex(body);
        String declaredHash = request.getHeader(ApiGatewaySignature.CONTENT_SHA256_HEADER);
        if (declaredHash != null && !declaredHash.equalsIgnoreCase(bodyHash)) {
            return Outcome.rejected("X-Sdk-Content-Sha256 does not match the body (unsigned bodies are not accepted)");
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : auth.signedHeaders()) {
            String value = "host".equals(name) ? host(request) : request.getHeader(name);
            if (value == null) {
                return Outcome.rejected("The signed header " + name + " is missing");
            }
            signed.put(name, value);
        }
        AccessKeyService.@Nullable SigningKey key =
                accessKeys.signingKey(auth.accessKey()).orElse(null);
        if (key == null) {
            return Outcome.rejected("The access key is unknown, revoked or expired");
        }
        String canonical = ApiGatewaySignature.canonicalRequest(
                request.getMethod(), request.getRequestURI(), request.getQueryString(), signed, bodyHash);
        String expected = ApiGatewaySignature.sign(key.secret(), ApiGatewaySignature.stringToSign(sdkDate, canonical));
        if (!ApiGatewaySignature.sameSignature(expected, auth.signature())) {
            return Outcome.rejected("The signature does not match the request");
        }
        if (!replays.firstUse(auth.signature(), date.plus(maxSkew).plusSeconds(1))) {
            return Outcome.rejected("This signature was used before: sign every request anew");
        }
        return Outcome.authenticated(key.caller());
    }

    private static String host(HttpServletRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null) {
            return host;
        }
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || port == ("https".equals(request.getScheme()) ? 443 : 80);
        return defaultPort ? request.getServerName() : request.getServerName() + ":" + port;
    }

    private static @Nullable Instant parseDate(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, SDK_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
