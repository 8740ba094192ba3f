package io.labelforce;

import io.labelforce.storage.StorageConnectionDetails;
import io.labelforce.storage.StorageSettings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at {@link TestStorage} unless {@code labelforce.storage.endpoint} names a storage to use
 * (then the settings apply as in production): one S3 code path in tests, {@code test-run} and production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestStorageConfiguration {

    /** {@code labelforce.test.embedded-storage=false}: no embedded server, the settings alone decide (503 tests). */
    @Bean
    StorageConnectionDetails testStorage(
            StorageSettings settings,
            org.springframework.core.env.Environment environment,
            @org.springframework.beans.factory.annotation.Value("${labelforce.test.embedded-storage:true}")
                    boolean embedded) {
        if (!embedded || (settings.endpoint() != null && !settings.endpoint().isBlank())) {
            return StorageConnectionDetails.of(settings.withAliases(environment));
        }
        TestStorage storage = TestStorage.get();
        return new StorageConnectionDetails.Fixed(
                storage.endpoint(),
                "us-east-1",
                settings.bucket() == null ? TestStorage.BUCKET : settings.bucket(),
                TestStorage.ACCESS_KEY,
                TestStorage.SECRET_KEY,
                true);
    }
}
