package io.labelforce.common;

import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The single error policy. Every failure, the framework's included, leaves as a problem body with
 * {@code error_code} and {@code error_msg}; a 500 never shows its cause, which is logged with the request id.
 */
@RestControllerAdvice
class GlobalExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"(.*)\"");

    private final Map<String, ConstraintError> constraintErrors;

    GlobalExceptionHandler(ObjectProvider<ConstraintError> constraintErrors) {
        this.constraintErrors = constraintErrors.stream()
                .collect(Collectors.toMap(ConstraintError::constraintName, Function.identity()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleDomain(DomainException e) {
        return problem(status(e.kind()), e.errorCode(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> Names.lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, ErrorCodes.INVALID_PARAMETER, message);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleDataIntegrity(DataIntegrityViolationException e) {
        ConstraintError known = constraintErrors.get(constraintName(e));
        if (known != null) {
            return problem(status(known.kind()), known.errorCode(), known.message());
        }
        log.warn("Unmapped integrity violation", e);
        return problem(HttpStatus.CONFLICT, ErrorCodes.CONCURRENT_CHANGE, "The change conflicts with existing data");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleOptimisticLock(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                ErrorCodes.CONCURRENT_CHANGE,
                "The resource was changed by another request; read it again and retry");
    }

    /**
     * A deadlock or serialization failure: the database undid this request's transaction to let a concurrent one
     * finish, so nothing of it was written and the same request may simply be sent again. Lock order rules keep
     * this rare; it is a conflict to retry, not a bug.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleLockConflict(PessimisticLockingFailureException e) {
        log.warn(
                "Transaction undone by the database to resolve a lock conflict: {}",
                e.getMostSpecificCause().toString());
        return problem(
                HttpStatus.CONFLICT,
                ErrorCodes.CONCURRENT_CHANGE,
                "The request collided with a concurrent one and was undone; nothing was changed, retry it");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return DatabaseUnavailable.answer();
        }
        log.error("Unhandled error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorCodes.INTERNAL,
                "Internal error; quote request id " + Problems.currentRequestId());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String message = ex.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof org.springframework.validation.FieldError field
                        ? Names.snakeCase(field.getField()) + ": " + field.getDefaultMessage()
                        : error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return body(HttpStatus.BAD_REQUEST, ErrorCodes.INVALID_PARAMETER, message);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String message = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        // a request body's field names the field, as without method validation
                        .map(error -> Names.snakeCase(
                                        error instanceof org.springframework.validation.FieldError field
                                                ? field.getField()
                                                : parameterName(result))
                                + ": " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        return body(HttpStatus.BAD_REQUEST, ErrorCodes.INVALID_PARAMETER, message);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable tooLarge = causedBy(ex, BodySizeLimitFilter.PayloadTooLargeException.class);
        if (tooLarge != null) {
            return body(
                    HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE, String.valueOf(tooLarge.getMessage()));
        }
        String message = "Request body is not valid JSON";
        JacksonException json = causedBy(ex, JacksonException.class);
        String duplicate = json != null ? duplicateKey(json) : null;
        if (duplicate != null) {
            message = "Request body has the key '" + duplicate + "' twice in one object";
        } else if (json != null && !json.getPath().isEmpty()) {
            message = "Request body has a value of the wrong type or format at '" + jsonPath(json) + "'";
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            message = "Request body is missing";
        }
        return body(HttpStatus.BAD_REQUEST, ErrorCodes.INVALID_ARGUMENT, message);
    }

    /** Every other framework error: keep Spring's status and safe detail, add our members. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Framework error", ex);
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(statusCode);
        String message = statusCode.is5xxServerError() || problem.getDetail() == null
                ? HttpStatus.valueOf(statusCode.value()).getReasonPhrase()
                : problem.getDetail();
        Problems.decorate(problem, codeFor(statusCode), message);
        return new ResponseEntity<>(problem, headers, statusCode);
    }

    static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ErrorCodes.INVALID_PARAMETER;
            case 401 -> ErrorCodes.BAD_TOKEN;
            case 403 -> ErrorCodes.NOT_AUTHORIZED;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCodes.NOT_ACCEPTABLE;
            case 409 -> ErrorCodes.CONCURRENT_CHANGE;
            case 412 -> ErrorCodes.PRECONDITION_FAILED;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCodes.UNAVAILABLE;
            default -> status.is4xxClientError() ? ErrorCodes.INVALID_PARAMETER : ErrorCodes.INTERNAL;
        };
    }

    static HttpStatus status(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case GONE -> HttpStatus.GONE;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case QUOTA_EXCEEDED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Problems.of(status, code, message));
    }

    private static ResponseEntity<Object> body(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Problems.of(status, code, message));
    }

    private static String parameterName(org.springframework.validation.method.ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter";
    }

    private static String jsonPath(JacksonException e) {
        return e.getPath().stream()
                .map(ref ->
                        ref.getPropertyName() != null ? printable(ref.getPropertyName()) : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /**
     * The path of a repeated key (strict duplicate detection): the parser names only the key, the enclosing
     * objects come from the path that databind adds on the way out.
     */
    private static @Nullable String duplicateKey(JacksonException e) {
        Matcher matcher = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (!matcher.lookingAt()) {
            return null;
        }
        String key = printable(matcher.group(1));
        return e.getPath().isEmpty() ? key : jsonPath(e) + "." + key;
    }

    /** A client's key as it may be echoed: at most 100 characters, a lone surrogate shown as U+FFFD. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints()
                .limit(100)
                .map(c -> Character.isSurrogate((char) c) && c <= Character.MAX_VALUE ? 0xFFFD : c)
                .forEach(shown::appendCodePoint);
        return shown.toString();
    }

    private static @Nullable String constraintName(Throwable e) {
        PSQLException sql = causedBy(e, PSQLException.class);
        if (sql != null) {
            ServerErrorMessage server = sql.getServerErrorMessage();
            return server != null ? server.getConstraint() : null;
        }
        return null;
    }

    private static <T extends Throwable> @Nullable T causedBy(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
