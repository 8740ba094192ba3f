package io.labelforce;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Points the application at {@link TestDatabase}: the same connection-details mechanism that
 * {@code @ServiceConnection} uses, so it works for an external server, a container and the embedded one.
 * Also gives the application a {@link MutableClock}, so tests move time instead of sleeping.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    JdbcConnectionDetails testDatabase() {
        TestDatabase database = TestDatabase.get();
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database.url();
            }

            @Override
            public String getUsername() {
                return database.username();
            }

            @Override
            public String getPassword() {
                return database.password();
            }
        };
    }

    /** Replaces the application's system clock; it runs with the system time until a test moves it. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
