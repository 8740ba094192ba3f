package io.labelforce;

import org.springframework.boot.SpringApplication;

/**
 * {@code ./mvnw spring-boot:test-run}: the service on a throwaway PostgreSQL ({@link TestDatabase}), unless
 * {@code SPRING_DATASOURCE_URL} names a database to use instead; and on an S3 server in the JVM
 * ({@link TestStorage}), unless {@code LABELFORCE_STORAGE_ENDPOINT} names a storage to use instead.
 */
public class TestLabelforceApplication {

    public static void main(String[] args) {
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (configured != null && !configured.isBlank()) {
            SpringApplication.from(LabelforceApplication::main)
                    .with(TestStorageConfiguration.class)
                    .run(args);
        } else {
            SpringApplication.from(LabelforceApplication::main)
                    .with(TestDatabaseConfiguration.class, TestStorageConfiguration.class)
                    .run(args);
        }
    }
}
