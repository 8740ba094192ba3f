package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.labelforce.LabelforceApplication;
import io.labelforce.TestDatabase;
import io.labelforce.TestMail;
import io.labelforce.workforce.WorkerStatus;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas (two application contexts, each with its own web server, schedulers and mail sender) on one
 * database of their own, mailing one SMTP server that a test stops and starts again. Retries run every
 * 100 ms here, so that an outage and its recovery take a second or two.
 */
class MailReplicaTests {

    private static final String ADMIN = "replica-admin";

    private static int smtpPort;
    private static GreenMail smtp;
    private static @Nullable String databaseName;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startReplicas() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = startSmtp();
        String url = freshDatabase();
        first = replica(url);
        second = replica(url);
        jdbc = first.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stopReplicas() {
        for (ConfigurableApplicationContext context : Arrays.asList(first, second)) {
            if (context != null) {
                context.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (databaseName != null) {
            execute(TestDatabase.get().url(), "drop database if exists " + databaseName + " with (force)");
        }
    }

    /** Each test starts with a running, empty SMTP server. */
    @BeforeEach
    void freshSmtp() {
        smtp.stop();
        smtp = startSmtp();
    }

    @Test
    void everyMailQueuedDuringAnSmtpOutageArrivesExactlyOnceWhenTheServerIsBack() throws Exception {
        smtp.stop();
        String project = newProject();
        String keyA = apiKey(first, project);
        String keyB = apiKey(second, project);
        // replica A adds members (each queues an invitation), replica B notifies them about a task
        String team = post(first, keyA, "/v2/" + project + "/workforces", Map.of("workforce_name", "night-shift"), 201)
                .get("workforce_id")
                .asString();
        List<String> emails = List.of("una@example.com", "vic@example.com", "wes@example.com");
        List<String> workers = new ArrayList<>();
        for (String email : emails) {
            workers.add(post(
                            first,
                            keyA,
                            "/v2/" + project + "/workforces/" + team + "/workers",
                            Map.of("emails", email, "role", 0),
                            201)
                    .get("worker_id")
                    .asString());
        }
        String dataset = post(
                        second,
                        keyB,
                        "/v2/" + project + "/datasets",
                        Map.of("dataset_name", "ds", "work_path", "/bucket/out/", "work_path_type", 0),
                        201)
                .get("dataset_id")
                .asString();
        String tasks = "/v2/" + project + "/datasets/" + dataset + "/workforce-tasks";
        String task = post(
                        second,
                        keyB,
                        tasks,
                        Map.of(
                                "task_name",
                                "outage",
                                "workforces_config",
                                Map.of("workforces", List.of(Map.of("workforce_id", team, "workers", List.of())))),
                        200)
                .get("task_id")
                .asString();
        JsonNode notified = post(second, keyB, tasks + "/" + task + "/notify", Map.of("emails", emails), 200);
        assertThat(notified.get("success").asBoolean()).isTrue();

        // while the server is down: every mail is tried again and again (backoff capped at 500 ms here)
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> queryInt(
                                "select count(*) from mail_message where project_id = ? and state = 'PENDING' and attempts >= 3",
                                project)
                        == 6);
        assertThat(jdbc.queryForList("select status from worker where project_id = ?", Integer.class, project))
                .containsOnly(0);
        // an SMTP outage does not make a replica unhealthy: the mail waits in the outbox
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + first.getEnvironment().getProperty("local.server.port") + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select email_status from workforce_task_worker where task_id = ?", Integer.class, task))
                .containsOnly(0);

        smtp = startSmtp();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 6);
        // several more retry rounds on both replicas (200 ms apart): nothing else arrives
        Awaitility.await()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> smtp.getReceivedMessages().length == 6);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(6);
        assertThat(Arrays.stream(received).map(MailReplicaTests::messageId).distinct())
                .hasSize(6);
        for (String email : emails) {
            List<MimeMessage> mails = TestMail.to(smtp, email);
            assertThat(mails)
                    .extracting(MimeMessage::getSubject)
                    .containsExactlyInAnyOrder(
                            "You are invited to the labeling team night-shift",
                            "Labeling task outage is waiting for you");
        }
        assertThat(jdbc.queryForList("select state from mail_message where project_id = ?", String.class, project))
                .hasSize(6)
                .containsOnly("SENT");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> queryInt("select count(*) from worker where project_id = ? and status = 1", project) == 3
                        && queryInt(
                                        "select count(*) from workforce_task_worker where task_id = ?"
                                                + " and email_status = 3 and last_notify_time is not null",
                                        task)
                                == 3);
        // an automatic invitation's link works on any replica, without an API key
        MimeMessage invitation = TestMail.to(smtp, "una@example.com").stream()
                .filter(m -> subject(m).startsWith("You are invited"))
                .findFirst()
                .orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/invitations/lfi_[A-Za-z0-9_-]{43}")
                .matcher(TestMail.text(invitation));
        assertThat(link.find()).isTrue();
        assertThat(post(second, "", link.group() + "/accept", Map.of(), 200)
                        .get("status")
                        .asInt())
                .isEqualTo(WorkerStatus.JOINED.code());
        assertThat(jdbc.queryForObject("select status from worker where id = ?", Integer.class, workers.get(0)))
                .isEqualTo(WorkerStatus.JOINED.code());
        // the registry holds nothing incomplete: every event was handled
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> queryInt("select count(*) from event_publication where completion_date is null") == 0);
        assertThat(workers).hasSize(3);
    }

    @Test
    void aMailWhoseReplicaDiedWhileSendingItIsSentOnceByTheOthers() throws Exception {
        smtp.stop();
        String project = newProject();
        String key = apiKey(first, project);
        String team = post(first, key, "/v2/" + project + "/workforces", Map.of("workforce_name", "lost"), 201)
                .get("workforce_id")
                .asString();
        String worker = post(
                        first,
                        key,
                        "/v2/" + project + "/workforces/" + team + "/workers",
                        Map.of("emails", "zed@example.com", "role", 0),
                        201)
                .get("worker_id")
                .asString();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> queryInt("select count(*) from mail_message where worker_id = ? and attempts >= 1", worker)
                        == 1);
        String mail = jdbc.queryForObject("select id from mail_message where worker_id = ?", String.class, worker);

        // as if a replica died in the middle of sending it: the mail claimed with a lease that has run out,
        // its event publication left "processing" (no replica resubmits that; the staleness monitor must)
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.update(
                                "update event_publication set status = 'PROCESSING' where status = 'FAILED' and serialized_event like ?",
                                "%" + mail + "%")
                        == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.update(
                                "update mail_message set state = 'SENDING', claimed_by = 'dead replica',"
                                        + " claimed_until = now() - interval '1 second' where id = ? and state = 'PENDING'",
                                mail)
                        == 1);

        smtp = startSmtp();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(smtp, "zed@example.com").size() >= 1);
        // several more retry rounds (200 ms apart): the mail is not sent again
        Awaitility.await()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMail.to(smtp, "zed@example.com").size() == 1);
        assertThat(TestMail.to(smtp, "zed@example.com")).hasSize(1);
        assertThat(jdbc.queryForObject("select state from mail_message where id = ?", String.class, mail))
                .isEqualTo("SENT");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> queryInt("select status from worker where id = ?", worker) == WorkerStatus.INVITED.code());
    }

    @Test
    void twoReplicasRacingForTheSameMailsSendEachOnce() throws Exception {
        String project = newProject();
        List<String> ids = IntStream.range(0, 40)
                .mapToObj(i -> queueDirectly(project, "race" + i + "@example.com", "PENDING", "null"))
                .toList();
        // a mail whose sender died (lease over) is taken over; one still leased is left to its owner
        String orphan = queueDirectly(project, "orphan@example.com", "SENDING", "now() - interval '1 second'");
        String leased = queueDirectly(project, "leased@example.com", "SENDING", "now() + interval '1 hour'");
        List<String> all = new ArrayList<>(ids);
        all.add(orphan);
        all.add(leased);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            // on each replica one sender goes mail by mail, one in chunks (as an event's listener does)
            for (ConfigurableApplicationContext replica : List.of(first, second)) {
                MailDelivery delivery = replica.getBean(MailDelivery.class);
                List<String> order = new ArrayList<>(all);
                java.util.Collections.shuffle(order);
                runs.add(pool.submit(() -> order.forEach(delivery::deliverOne)));
                List<String> chunked = new ArrayList<>(all);
                java.util.Collections.shuffle(chunked);
                runs.add(pool.submit(() -> {
                    try {
                        delivery.deliver(chunked);
                    } catch (MailDelivery.NotDeliveredYet expected) {
                        // the leased mail stays open
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(41);
        Map<String, Integer> perRecipient = new HashMap<>();
        for (MimeMessage message : received) {
            TestMail.recipients(message).forEach(r -> perRecipient.merge(r, 1, Integer::sum));
        }
        assertThat(perRecipient)
                .hasSize(41)
                .allSatisfy((address, count) -> assertThat(count).isEqualTo(1))
                .doesNotContainKey("leased@example.com");
        assertThat(jdbc.queryForList("select attempts from mail_message where id = any(?)", Integer.class, (Object)
                        ids.toArray(String[]::new)))
                .hasSize(40)
                .containsOnly(1);
        assertThat(jdbc.queryForObject("select state from mail_message where id = ?", String.class, leased))
                .isEqualTo("SENDING");
    }

    private static String queueDirectly(String project, String recipient, String state, String claimedUntil) {
        String id = io.labelforce.common.Ids.hex32();
        jdbc.update(
                "insert into mail_message (id, project_id, kind, recipient, locale, subject, text_body, html_body,"
                        + " state, claimed_until, worker_id, create_time, update_time)"
                        + " values (?, ?, 'TASK_NOTIFY', ?, 'en-us', 'race', 'text', '<p>html</p>', ?, " + claimedUntil
                        + ", ?, now(), now())",
                id,
                project,
                recipient,
                state,
                io.labelforce.common.Ids.hex32());
        return id;
    }

    private static ConfigurableApplicationContext replica(String databaseUrl) {
        TestDatabase database = TestDatabase.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("server.port", "0");
        properties.put("labelforce.admin-token", ADMIN);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtpPort));
        properties.put("spring.mail.properties.mail.smtp.connectiontimeout", "1000");
        properties.put("spring.mail.properties.mail.smtp.timeout", "2000");
        properties.put("labelforce.mail.invite-on-create", "true");
        properties.put("labelforce.mail.retry.check-interval", "100ms");
        properties.put("labelforce.mail.retry.initial-delay", "100ms");
        properties.put("labelforce.mail.retry.max-delay", "500ms");
        properties.put("labelforce.mail.retry.lease", "30s");
        // a publication stuck in processing (its replica died) counts as failed after a second
        properties.put("spring.modulith.events.staleness.processing", "1s");
        properties.put("spring.modulith.events.staleness.published", "3s");
        properties.put("spring.modulith.events.staleness.resubmitted", "3s");
        properties.put("spring.modulith.events.staleness.check-interval", "200ms");
        // as command-line arguments: they win over application.yaml (default properties would not)
        return new SpringApplicationBuilder(LabelforceApplication.class)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** A database of this class's own on the test run's server, so no other context retries its mails. */
    private static String freshDatabase() {
        String url = TestDatabase.get().url();
        databaseName = "labelforce_replicas_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        execute(url, "create database " + databaseName);
        return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + databaseName);
    }

    /** An integer the query always returns (a count, a status). */
    private static int queryInt(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, args));
    }

    private static void execute(String url, String sql) {
        TestDatabase database = TestDatabase.get();
        try (Connection connection = DriverManager.getConnection(url, database.username(), database.password())) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newProject() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }

    private String apiKey(ConfigurableApplicationContext replica, String project) throws Exception {
        return post(
                        replica,
                        ADMIN,
                        "/admin/api-keys",
                        Map.of("name", "k", "projects", List.of(project), "permission", "write"),
                        201)
                .get("token")
                .asString();
    }

    private JsonNode post(ConfigurableApplicationContext replica, String token, String path, Object body, int status)
            throws Exception {
        String port = replica.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Auth-Token", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
