package io.labelforce.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.labelforce.LabelforceApplication;
import io.labelforce.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * Two replicas starting at once on an empty database: Flyway's lock lets one migrate while the other waits,
 * and both come up. One instance is configured exactly as the Helm chart configures a pod (its ConfigMap and
 * environment, the Secret files through Spring's configtree, actuator on its own port); the other the way a
 * developer runs the service (one port, plain properties).
 */
class ConcurrentStartTests {

    private static final String ADMIN_TOKEN = "admin-token-from-the-chart-secret";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoInstancesMigrateOneEmptyDatabaseAtOnceAndBothServe(@TempDir Path secrets) throws Exception {
        TestDatabase server = TestDatabase.get();
        String url = server.newEmptyDatabase();
        // both instances call Flyway at the same moment, so the race is certain rather than likely
        CyclicBarrier bothMigrating = new CyclicBarrier(2);
        List<Integer> migrationsExecuted = Collections.synchronizedList(new ArrayList<>());
        FlywayMigrationStrategy racing = flyway -> {
            try {
                bothMigrating.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other instance never reached its migration", e);
            }
            migrationsExecuted.add(flyway.migrate().migrationsExecuted);
        };
        SpringApplication asInTheChart = asConfiguredByTheChart(url, server, secrets, racing);
        SpringApplication asOnALaptop = application(
                racing,
                new MapPropertySource(
                        "laptop",
                        Map.of(
                                "spring.datasource.url",
                                url,
                                "spring.datasource.username",
                                server.username(),
                                "spring.datasource.password",
                                server.password(),
                                "labelforce.admin-token",
                                ADMIN_TOKEN,
                                "server.port",
                                "0")));

        // Two applications configuring the one logging system of this JVM at once would duplicate its appenders;
        // and Spring Boot copies logging settings (the pod's ECS format) into system properties: undo both after.
        Properties systemProperties = (Properties) System.getProperties().clone();
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ExecutorService starter = Executors.newFixedThreadPool(2);
        Future<ConfigurableApplicationContext> first = starter.submit(() -> asInTheChart.run());
        Future<ConfigurableApplicationContext> second = starter.submit(() -> asOnALaptop.run());
        starter.shutdown();
        try (ConfigurableApplicationContext pod = started(first);
                ConfigurableApplicationContext laptop = started(second)) {
            int migrations = migrationFiles();
            assertThat(migrationsExecuted)
                    .as("one instance migrated, the other found the work done")
                    .containsExactlyInAnyOrder(migrations, 0);
            assertThat(appliedVersions(url, server)).hasSize(migrations).doesNotHaveDuplicates();

            int apiPort = port(pod);
            int managementPort = Integer.parseInt(pod.getEnvironment().getProperty("local.management.port"));
            assertThat(managementPort).isNotEqualTo(apiPort);
            assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
            assertThat(get(apiPort, "/actuator/health").statusCode())
                    .as("actuator is off the API port")
                    .isEqualTo(404);
            assertThat(get(port(laptop), "/actuator/health/readiness").statusCode())
                    .isEqualTo(200);

            // the admin token came from the file the chart mounts, so the Secret reaches the service
            assertThat(createApiKey(apiPort).statusCode()).isEqualTo(201);
            assertThat(get(apiPort, "/v1/p1/annotation-jobs").statusCode()).isEqualTo(401);
            String metrics = get(managementPort, "/actuator/prometheus").body();
            assertThat(metrics)
                    .contains(
                            "http_server_requests_seconds_bucket{",
                            "hikaricp_connections_active{",
                            "jvm_memory_used_bytes{",
                            "jvm_threads_live_threads",
                            "labelforce_annotation_job_creations_total 0.0",
                            "labelforce_auth_failures_total{reason=\"missing_token\"} 1.0");

            boolean virtual = tomcatExecutorClass(pod).contains("VirtualThread");
            int java = Runtime.version().feature();
            assertThat(virtual)
                    .as("virtual threads exactly when Java 21+ runs us (Java %d)", java)
                    .isEqualTo(java >= 21);
        } finally {
            System.setProperties(systemProperties);
        }
    }

    private static ConfigurableApplicationContext started(Future<ConfigurableApplicationContext> start)
            throws Exception {
        return start.get(90, TimeUnit.SECONDS);
    }

    /** The pod's environment: the rendered ConfigMap and container env, Secret files in a configtree. */
    private static SpringApplication asConfiguredByTheChart(
            String url, TestDatabase server, Path secrets, FlywayMigrationStrategy strategy) throws IOException {
        Chart.Manifests manifests = Chart.render(t -> t.set("database.url", url));
        Deployment deployment = manifests.one(Deployment.class);
        Container container = HelmChartTests.container(deployment);

        Map<String, Object> environment =
                new HashMap<>(manifests.one(ConfigMap.class).getData());
        environment.putAll(HelmChartTests.env(container));
        environment.put("SERVER_PORT", "0");
        environment.put("MANAGEMENT_SERVER_PORT", "0");
        String mountPath = "/etc/labelforce/secrets";
        assertThat(environment.get("SPRING_CONFIG_IMPORT")).isEqualTo("configtree:" + mountPath + "/");
        environment.put("SPRING_CONFIG_IMPORT", "configtree:" + secrets.toAbsolutePath() + "/");

        Map<String, String> values = Map.of(
                "spring.datasource.username",
                server.username(),
                "spring.datasource.password",
                server.password(),
                "labelforce.admin-token",
                ADMIN_TOKEN);
        for (String file : HelmChartTests.secretFiles(deployment).keySet()) {
            assertThat(values).as("the service reads the Secret file %s", file).containsKey(file);
            Files.writeString(secrets.resolve(file), values.get(file));
        }
        // environment variables as Kubernetes sets them, read with the same relaxed rules as real ones
        return application(strategy, new SystemEnvironmentPropertySource("pod", environment));
    }

    /** The application with one more property source, there before Spring Boot reads its configuration. */
    private static SpringApplication application(FlywayMigrationStrategy strategy, PropertySource<?> source) {
        SpringApplication application = new SpringApplication(LabelforceApplication.class);
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, source);
        application.setEnvironment(environment);
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "spring.jmx.enabled", "false"));
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("racingMigration", strategy));
        return application;
    }

    private static int migrationFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V.+__.+\\.sql"))
                    .count();
        }
    }

    private static List<String> appliedVersions(String url, TestDatabase server) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version, success from flyway_schema_history where version is not null")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).isTrue();
                versions.add(rows.getString("version"));
            }
        }
        return versions;
    }

    private static int port(ConfigurableApplicationContext context) {
        return webServer(context).getPort();
    }

    private static WebServer webServer(ConfigurableApplicationContext context) {
        return Objects.requireNonNull(((WebServerApplicationContext) context).getWebServer(), "no web server");
    }

    private static String tomcatExecutorClass(ConfigurableApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) webServer(context);
        Connector connector = server.getTomcat().getConnector();
        return connector.getProtocolHandler().getExecutor().getClass().getName();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> createApiKey(int port) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/api-keys"))
                        .header("X-Auth-Token", ADMIN_TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"ops\",\"projects\":[\"*\"],\"permission\":\"read\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
