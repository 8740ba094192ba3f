package io.labelforce.storage;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    ObjectStorage objectStorage(
            StorageSettings bound, Environment environment, ObjectProvider<StorageConnectionDetails> details) {
        StorageSettings settings = bound.withAliases(environment);
        StorageConnectionDetails connection = details.getIfAvailable(() -> StorageConnectionDetails.of(settings));
        List<String> missing = connection.missing();
        if (!missing.isEmpty()) {
            log.warn(
                    "Object storage is not configured (missing {}): sample uploads and file reads answer 503", missing);
            return new UnconfiguredStorage(missing);
        }
        return new S3ObjectStorage(connection, settings.publicEndpoint(), settings.presignTtl());
    }
}
