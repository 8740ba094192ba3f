package io.labelforce.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variable names deployment tooling uses bind to {@code labelforce.storage.*}. */
class StorageSettingsTests {

    @Test
    void environmentVariablesBindThroughRelaxedBinding() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "env",
                        Map.of(
                                "LABELFORCE_STORAGE_ENDPOINT",
                                "http://minio:9000",
                                "LABELFORCE_STORAGE_REGION",
                                "eu-de",
                                "LABELFORCE_STORAGE_BUCKET",
                                "samples",
                                "LABELFORCE_STORAGE_ACCESSKEY",
                                "AK",
                                "LABELFORCE_STORAGE_SECRETKEY",
                                "SK",
                                "LABELFORCE_STORAGE_PATHSTYLE",
                                "false",
                                "LABELFORCE_STORAGE_PRESIGNTTL",
                                "5m")));
        StorageSettings settings = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("labelforce.storage", StorageSettings.class)
                .withAliases(environment);
        assertThat(settings.endpoint()).isEqualTo("http://minio:9000");
        assertThat(settings.region()).isEqualTo("eu-de");
        assertThat(settings.bucket()).isEqualTo("samples");
        assertThat(settings.accessKey()).isEqualTo("AK");
        assertThat(settings.secretKey()).isEqualTo("SK");
        assertThat(settings.pathStyle()).isFalse();
        assertThat(settings.presignTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(StorageConnectionDetails.of(settings).missing()).isEmpty();
    }

    @Test
    void defaultsArePathStyleAndAFifteenMinuteUrl() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        StorageSettings settings = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("labelforce.storage", StorageSettings.class);
        assertThat(settings.pathStyle()).isTrue();
        assertThat(settings.region()).isEqualTo("us-east-1");
        assertThat(settings.presignTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(StorageConnectionDetails.of(settings).missing()).hasSize(4);
    }

    @Test
    void pathsNameABucketAndAPrefix() {
        assertThat(StorageLocation.parse("/test-obs/classify/input/"))
                .hasValue(new StorageLocation("test-obs", "classify/input/"));
        assertThat(StorageLocation.parse("s3://b/p/q")).hasValue(new StorageLocation("b", "p/q/"));
        assertThat(StorageLocation.parse("obs://b")).hasValue(new StorageLocation("b", ""));
        assertThat(StorageLocation.parse("//b//x//")).hasValue(new StorageLocation("b", "x/"));
        assertThat(StorageLocation.parse("/")).isEmpty();
        assertThat(new StorageLocation("b", "in/").resolve("a.jpg").path()).isEqualTo("/b/in/a.jpg");
    }
}
