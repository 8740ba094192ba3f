package io.labelforce.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures count as "the database is unavailable" (decision P1), as the driver and Spring raise them. */
class DatabaseUnavailableTests {

    @Test
    void recognisesConnectionFailuresAnywhereInTheCauseChain() {
        PSQLException ioError = new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE);
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection", ioError)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("could not begin")))
                .isTrue();
        // a commit that lost its connection, and Hibernate's own translation
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("commit failed", ioError)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(
                        new JpaSystemException(new RuntimeException(new JDBCConnectionException("lost", ioError)))))
                .isTrue();
        // 57P01 admin_shutdown / 57P03 cannot_connect_now
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(
                        new RuntimeException(new SQLException("terminating connection", "57P01")))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        // the rollback after a 57P01, on the connection Hikari had already closed as broken
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(
                        new DataIntegrityViolationException("dup", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("canceled", "57014")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
        // a commit refused by the server for another reason is not an outage
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException(
                        "commit failed", new SQLException("could not serialize access", "40001"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("Connection is closed")))
                .isFalse();
    }
}
