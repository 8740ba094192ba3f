package io.labelforce.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A request that failed because the database is unreachable or went away under it: 503 {@link
 * ErrorCodes#UNAVAILABLE} with {@code Retry-After}, instead of a 500 that reads as a bug. Recognised
 * anywhere in the cause chain, however the failure surfaced: Spring's {@link DataAccessResourceFailureException}
 * (which {@code CannotGetJdbcConnectionException} and Hibernate's {@code JDBCConnectionException} become), a
 * transaction that could not begin, or a JDBC error of SQLSTATE class 08 (connection exception) or 57P0x
 * (server shutting down, crashed or starting), and a commit or rollback that failed at the JDBC level without a
 * server error.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait: the pool's connection timeout (2 s) plus the database's restart. */
    static final String RETRY_AFTER_SECONDS = "5";

    static final String MESSAGE = "The database is unavailable or overloaded; retry later";

    private DatabaseUnavailable() {}

    /** Whether {@code e} or one of its causes says the database could not be reached or the connection was lost. */
    public static boolean isCause(@Nullable Throwable e) {
        int depth = 0;
        boolean completing = false;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            completing |= t instanceof TransactionSystemException || t instanceof org.hibernate.TransactionException;
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (connectionLost(sql.getSQLState()) || (completing && sql.getSQLState() == null))) {
                // a commit or rollback that failed without a server error: the pool had already closed the
                // connection it found broken (Hikari's "Connection is closed")
                return true;
            }
        }
        return false;
    }

    static boolean connectionLost(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }

    /** The same answer from a filter, where no MVC handler runs (the API-key lookup). */
    public static void write(HttpServletResponse response, ProblemWriter writer) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        writer.write(response, HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.UNAVAILABLE, MESSAGE);
    }

    static ResponseEntity<ProblemDetail> answer() {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(status, ErrorCodes.UNAVAILABLE, MESSAGE));
    }
}
