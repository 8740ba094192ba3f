package io.labelforce;

import org.springframework.boot.SpringApplication;

/**
 * {@code ./mvnw spring-boot:test-run}: the service on a throwaway PostgreSQL ({@link TestDatabase}), unless
 * {@code SPRING_DATASOURCE_URL} names a database to use instead.
 */
public class TestLabelforceApplication {

    public static void main(String[] args) {
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (configured != null && !configured.isBlank()) {
            SpringApplication.run(LabelforceApplication.class, args);
        } else {
            SpringApplication.from(LabelforceApplication::main)
                    .with(TestDatabaseConfiguration.class)
                    .run(args);
        }
    }
}
