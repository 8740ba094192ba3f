package io.labelforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict JSON on every write endpoint (docs/api-decisions.md G6, G11): each endpoint's valid body is broken in
 * one way at a time (a field of the wrong JSON type, a repeated key, a lone UTF-16 surrogate) and must get
 * 400 {@code ModelArts.0101} naming the field, with nothing stored. The list of endpoints is checked against
 * the controllers, so a new endpoint with a body fails here until it is added.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputTests extends ApiTest {

    private static final String DUPLICATE = "@@duplicate@@";
    private static final String SURROGATE = "@@surrogate@@";

    /** Writes that take no JSON body: nothing to parse, so none of the cases applies. */
    private static final Set<String> WITHOUT_BODY = Set.of(
            "DELETE /v1/{project_id}/annotation-jobs/{job_id}",
            "DELETE /v2/{project_id}/datasets/{dataset_id}",
            "DELETE /v2/{project_id}/workforces/{workforce_id}",
            "DELETE /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}",
            "DELETE /v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}",
            "DELETE /admin/api-keys/{id}",
            "DELETE /admin/access-keys/{id}",
            "POST /v2/{project_id}/datasets/{dataset_id}/sync-data",
            "DELETE /v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}",
            "DELETE /v2/{project_id}/datasets/{dataset_id}/versions/{version_id}",
            "POST /v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}/invitation",
            "POST /invitations/{token}/accept");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Fixture fixture;

    private @Nullable String snapshotSql;

    /**
     * One write endpoint: a valid body, and where to break it. {@code string}, {@code integer} and
     * {@code bool} are JSON paths of a field of that type in the body ({@code null}: the body has none).
     */
    record Endpoint(
            HttpMethod method,
            String pattern,
            String body,
            @Nullable String string,
            @Nullable String integer,
            @Nullable String bool) {

        String key() {
            return method.name() + " " + pattern;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** What is done to the body, and to which field. */
    enum Case {
        NUMBER_FOR_STRING,
        BOOLEAN_FOR_STRING,
        FRACTION_FOR_INTEGER,
        EMPTY_STRING_FOR_INTEGER,
        STRING_FOR_BOOLEAN,
        DUPLICATE_KEY,
        LONE_HIGH_SURROGATE,
        LONE_LOW_SURROGATE;

        @Nullable
        String field(Endpoint endpoint) {
            return switch (this) {
                case FRACTION_FOR_INTEGER, EMPTY_STRING_FOR_INTEGER -> endpoint.integer();
                case STRING_FOR_BOOLEAN -> endpoint.bool();
                // an array element has no key: repeat the array's
                case DUPLICATE_KEY -> {
                    String string = endpoint.string();
                    yield string == null ? endpoint.integer() : string.replaceFirst("\\[\\d+]$", "");
                }
                default -> endpoint.string();
            };
        }
    }

    /** The project, key and resources the endpoints' paths and bodies refer to. */
    record Fixture(String project, String writer, Map<String, String> ids) {}

    private static final String MEMBER_TASK =
            "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}";

    static List<Endpoint> endpoints() {
        String worker = "{\"emails\":\"new@example.com\",\"role\":0,\"description\":\"d\"}";
        String task = "{\"task_name\":\"t2\",\"description\":\"d\",\"repetition\":1,\"auto_sync_dataset\":true,"
                + "\"workforces_config\":{\"workforces\":[{\"workforce_id\":\"{workforce_id}\"}]}}";
        return List.of(
                new Endpoint(
                        HttpMethod.POST,
                        "/v1/{project_id}/annotation-jobs",
                        "{\"name\":\"job2\",\"description\":\"d\",\"data_type\":\"OBS\",\"path\":\"b/p/\","
                                + "\"type\":\"Manual Image classify\"}",
                        "description",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v1/{project_id}/annotation-jobs/{job_id}",
                        "{\"name\":\"job3\",\"description\":\"d\"}",
                        "name",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets",
                        "{\"dataset_name\":\"ds2\",\"work_path\":\"/bucket/out2/\",\"work_path_type\":0,"
                                + "\"data_sources\":[{\"data_path\":\"/bucket/in/\",\"with_column_header\":true}],"
                                + "\"labels\":[{\"name\":\"Cat\",\"type\":1,\"property\":{\"@modelarts:color\":\"#fff\"}}]}",
                        "labels[0].name",
                        "work_path_type",
                        "data_sources[0].with_column_header"),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v2/{project_id}/datasets/{dataset_id}",
                        "{\"description\":\"d\",\"add_labels\":[{\"name\":\"Bird\",\"type\":1}]}",
                        "description",
                        "add_labels[0].type",
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/workforces",
                        "{\"workforce_name\":\"team2\"}",
                        "workforce_name",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v2/{project_id}/workforces/{workforce_id}",
                        "{\"workforce_name\":\"team3\",\"description\":\"d\"}",
                        "description",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/workforces/{workforce_id}/workers",
                        worker,
                        "description",
                        "role",
                        null),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}",
                        "{\"description\":\"d\",\"role\":0}",
                        "description",
                        "role",
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks",
                        task,
                        "task_name",
                        "repetition",
                        "auto_sync_dataset"),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}",
                        "{\"task_name\":\"t3\",\"description\":\"d\"}",
                        "task_name",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify",
                        "{\"emails\":[\"labeler@example.com\"],\"locale\":\"en-us\"}",
                        "emails[0]",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}",
                        "{\"task_id\":\"{workforce_task_id}\",\"workforces_config\":{\"workforces\":"
                                + "[{\"workforce_id\":\"{workforce_id}\",\"workers\":[{\"email\":\"labeler@example.com\"}]}]}}",
                        "workforces_config.workforces[0].workers[0].email",
                        null,
                        null),
                // members' writes (29, 30): sent with the member keys of the fixture, to its running task
                new Endpoint(
                        HttpMethod.PUT,
                        MEMBER_TASK + "/data-annotations/samples",
                        "{\"email\":\"labeler@example.com\",\"samples\":[{\"sample_id\":\"0123\",\"sample_type\":0,"
                                + "\"labels\":[{\"name\":\"Cat\",\"type\":0}]}]}",
                        "samples[0].sample_id",
                        "samples[0].labels[0].type",
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        MEMBER_TASK + "/data-annotations/review",
                        "{\"comments\":[{\"sample_id\":\"0123\",\"accept\":true,\"comment\":\"ok\",\"score\":\"A\"}]}",
                        "comments[0].comment",
                        null,
                        "comments[0].accept"),
                // acceptance (23, 26, 25): the owner's, on the fixture's running task, in this order
                new Endpoint(
                        HttpMethod.POST,
                        MEMBER_TASK + "/acceptance",
                        "{\"sampling_num\":1}",
                        null,
                        "sampling_num",
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        MEMBER_TASK + "/acceptance/batch-comment",
                        "{\"comments\":[{\"sample_id\":\"0123\",\"accept\":true,\"comment\":\"ok\",\"score\":\"A\"}]}",
                        "comments[0].score",
                        null,
                        "comments[0].accept"),
                new Endpoint(
                        HttpMethod.PUT,
                        MEMBER_TASK + "/acceptance/status",
                        "{\"action\":2,\"overwrite_last_result\":false,\"locale\":\"en-us\"}",
                        "locale",
                        "action",
                        "overwrite_last_result"),
                new Endpoint(
                        HttpMethod.POST,
                        "/admin/access-keys",
                        "{\"name\":\"ak2\",\"projects\":[\"{project_id}\"],\"permission\":\"read\","
                                + "\"expires_at\":4102444800000}",
                        "projects[0]",
                        "expires_at",
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        "{\"name\":\"k2\",\"projects\":[\"{project_id}\"],\"permission\":\"read\","
                                + "\"expires_at\":4102444800000}",
                        "projects[0]",
                        "expires_at",
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples",
                        "{\"samples\":[{\"name\":\"s.txt\",\"data\":\"eA==\",\"sample_type\":0}],"
                                + "\"final_annotation\":true}",
                        "samples[0].name",
                        "samples[0].sample_type",
                        "final_annotation"),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples",
                        "{\"samples\":[{\"sample_id\":\"0123\",\"sample_type\":0,\"labels\":[{\"name\":\"Cat\"}]}]}",
                        "samples[0].sample_id",
                        "samples[0].sample_type",
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/delete",
                        "{\"samples\":[\"0123\"],\"delete_source\":false}",
                        "samples[0]",
                        null,
                        "delete_source"),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels",
                        "{\"labels\":[{\"name\":\"{label_name}\",\"type\":0}]}",
                        "labels[0].name",
                        "labels[0].type",
                        null),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels",
                        "{\"labels\":[{\"name\":\"{label_name}\",\"type\":0,"
                                + "\"property\":{\"@modelarts:color\":\"#fff\"}}]}",
                        "labels[0].name",
                        "labels[0].type",
                        null),
                new Endpoint(
                        HttpMethod.PUT,
                        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}",
                        "{\"@modelarts:color\":\"#000\"}",
                        "@modelarts:color",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/delete",
                        "{\"labels\":[{\"name\":\"{label_name}\"}]}",
                        "labels[0].name",
                        null,
                        null),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/versions",
                        "{\"version_name\":\"V9\",\"description\":\"d\",\"clear_hard_property\":true}",
                        "description",
                        null,
                        "clear_hard_property"),
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/datasets/{dataset_id}/import-tasks",
                        "{\"import_path\":\"/labelforce/strict/\",\"final_annotation\":true,\"import_type\":0}",
                        "import_path",
                        "import_type",
                        "final_annotation"),
                // last, so that the valid bodies' run changes nothing the others need
                new Endpoint(
                        HttpMethod.POST,
                        "/v2/{project_id}/workforces/{workforce_id}/workers/batch-delete",
                        "{\"workers\":[\"{worker_id}\"]}",
                        "workers[0]",
                        null,
                        null));
    }

    Stream<Arguments> brokenBodies() {
        List<Arguments> arguments = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Case c : Case.values()) {
                if (c.field(endpoint) != null) {
                    arguments.add(Arguments.of(endpoint, c));
                }
            }
        }
        return arguments.stream();
    }

    @BeforeAll
    void createFixture() {
        fixture = newFixture();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenBodies")
    void aBrokenBodyIsA400NamingTheFieldAndStoresNothing(Endpoint endpoint, Case c) {
        String field =
                java.util.Objects.requireNonNull(c.field(endpoint), "brokenBodies() yields only cases with a field");
        String body = broken(resolve(endpoint.body(), fixture), field, c);
        Map<String, String> before = snapshot(fixture.project());

        MvcTestResult result = send(endpoint, fixture, body);

        assertError(result, 400, "ModelArts.0101", "'" + field + "'");
        assertThat(snapshot(fixture.project())).isEqualTo(before);
    }

    /** The unbroken bodies are accepted, so each 400 above is the breakage's doing. */
    @Test
    void theValidBodiesAreAccepted() {
        Fixture fresh = newFixture();
        for (Endpoint endpoint : endpoints()) {
            MvcTestResult result = send(endpoint, fresh, resolve(endpoint.body(), fresh));
            assertThat(result.getResponse().getStatus())
                    .as("%s: %s", endpoint, body(result))
                    .isBetween(200, 299);
        }
    }

    /** Every POST, PUT and PATCH of the controllers is either in {@link #endpoints()} or takes no body. */
    @Test
    void everyWriteEndpointIsCovered() {
        Set<String> withBody = new TreeSet<>();
        Set<String> withoutBody = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean hasBody = Stream.of(method.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    (hasBody ? withBody : withoutBody).add(verb.name() + " " + withoutRegex(pattern));
                }
            }
        });
        assertThat(withBody)
                .isEqualTo(new TreeSet<>(endpoints().stream().map(Endpoint::key).toList()));
        assertThat(withoutBody).isEqualTo(new TreeSet<>(WITHOUT_BODY));
    }

    /** {@code /invitations/{token:lfi_[A-Za-z0-9_-]{43}}} → {@code /invitations/{token}}. */
    private static String withoutRegex(String pattern) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : pattern.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                plain.append(c);
            } else if (c == '}' && --depth == 0) {
                plain.append(c);
                inRegex = false;
            } else if (c == ':' && depth == 1) {
                inRegex = true;
            } else if (!inRegex) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private Fixture newFixture() {
        String project = newProject();
        String writer = apiKey("write", project);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("project_id", project);
        ids.put("label_name", "Fish");
        String v1 = "/v1/" + project + "/annotation-jobs";
        ids.put(
                "job_id",
                created(call(
                                HttpMethod.POST,
                                v1,
                                writer,
                                Map.of(
                                        "name",
                                        "job1",
                                        "data_type",
                                        "OBS",
                                        "path",
                                        "b/p/",
                                        "type",
                                        "Manual Image classify")))
                        .get("job_id")
                        .asString());
        String v2 = "/v2/" + project;
        ids.put(
                "dataset_id",
                created(call(
                                HttpMethod.POST,
                                v2 + "/datasets",
                                writer,
                                Map.of("dataset_name", "ds1", "work_path", "/labelforce/out/", "work_path_type", 0)))
                        .get("dataset_id")
                        .asString());
        ids.put(
                "workforce_id",
                created(call(HttpMethod.POST, v2 + "/workforces", writer, Map.of("workforce_name", "team1")))
                        .get("workforce_id")
                        .asString());
        String workers = v2 + "/workforces/" + ids.get("workforce_id") + "/workers";
        ids.put(
                "worker_id",
                created(call(HttpMethod.POST, workers, writer, Map.of("emails", "labeler@example.com", "role", 0)))
                        .get("worker_id")
                        .asString());
        created(call(HttpMethod.POST, workers, writer, Map.of("emails", "reviewer@example.com", "role", 1)));
        String tasks = v2 + "/datasets/" + ids.get("dataset_id") + "/workforce-tasks";
        // a running task for the members' writes (labeler@ and reviewer@ act through their own keys)
        String running = created(call(
                        HttpMethod.POST,
                        tasks,
                        writer,
                        Map.of(
                                "task_name",
                                "t-run",
                                "workforces_config",
                                Map.of("workforces", List.of(Map.of("workforce_id", ids.get("workforce_id")))))))
                .get("task_id")
                .asString();
        jdbc.update("update workforce_task set status = 1 where id = ?", running);
        ids.put("running_task_id", running);
        ids.put("labeler_key", memberKey(project, "labeler@example.com"));
        ids.put("reviewer_key", memberKey(project, "reviewer@example.com"));
        ids.put(
                "workforce_task_id",
                created(call(
                                HttpMethod.POST,
                                tasks,
                                writer,
                                Map.of(
                                        "task_name",
                                        "t1",
                                        "workforces_config",
                                        Map.of(
                                                "workforces",
                                                List.of(Map.of("workforce_id", ids.get("workforce_id")))))))
                        .get("task_id")
                        .asString());
        return new Fixture(project, writer, ids);
    }

    private String memberKey(String project, String email) {
        return created(call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of(
                                "name",
                                "member-" + System.nanoTime(),
                                "projects",
                                List.of(project),
                                "permission",
                                "write",
                                "worker_email",
                                email)))
                .get("token")
                .asString();
    }

    private JsonNode created(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).isBetween(200, 201);
        return body(result);
    }

    private MvcTestResult send(Endpoint endpoint, Fixture fixture, String body) {
        String token = endpoint.pattern().startsWith("/admin") ? ADMIN_TOKEN : fixture.writer();
        String pattern = endpoint.pattern();
        if (pattern.startsWith(MEMBER_TASK + "/acceptance")) {
            pattern = pattern.replace("{workforce_task_id}", "{running_task_id}");
        }
        if (pattern.startsWith(MEMBER_TASK + "/data-annotations/")) {
            token = fixture.ids().get(pattern.endsWith("/review") ? "reviewer_key" : "labeler_key");
            pattern = pattern.replace("{workforce_task_id}", "{running_task_id}");
        }
        return call(endpoint.method(), resolve(pattern, fixture), java.util.Objects.requireNonNull(token), body);
    }

    private static String resolve(String template, Fixture fixture) {
        String resolved = template;
        for (Map.Entry<String, String> id : fixture.ids().entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }

    /** The body with one field broken as the case says; text-level for what a tree cannot hold. */
    private String broken(String valid, String field, Case c) {
        ObjectNode root = (ObjectNode) json.readTree(valid);
        JsonPointer pointer =
                JsonPointer.compile("/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
        JsonNode original = root.at(pointer);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode replacement = switch (c) {
            case NUMBER_FOR_STRING -> nodes.numberNode(12);
            case BOOLEAN_FOR_STRING -> nodes.booleanNode(true);
            case FRACTION_FOR_INTEGER -> nodes.numberNode(1.5);
            case EMPTY_STRING_FOR_INTEGER -> nodes.stringNode("");
            case STRING_FOR_BOOLEAN -> nodes.stringNode("true");
            case DUPLICATE_KEY -> nodes.stringNode(DUPLICATE);
            case LONE_HIGH_SURROGATE, LONE_LOW_SURROGATE -> nodes.stringNode("a" + SURROGATE + "b");
        };
        JsonNode parent = root.at(pointer.head());
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(pointer.last().getMatchingProperty()), replacement);
        } else {
            ((ObjectNode) parent).set(pointer.last().getMatchingProperty(), replacement);
        }
        String text = json.writeValueAsString(root);
        String name = pointer.last().getMatchingProperty();
        return switch (c) {
            case DUPLICATE_KEY ->
                text.replace(
                        "\"" + name + "\":\"" + DUPLICATE + "\"",
                        "\"" + name + "\":\"first\",\"" + name + "\":" + json.writeValueAsString(original));
            case LONE_HIGH_SURROGATE -> text.replace(SURROGATE, "\\ud800");
            case LONE_LOW_SURROGATE -> text.replace(SURROGATE, "\\udc00");
            default -> text;
        };
    }

    /**
     * A digest of everything stored for the project (every table with a {@code project_id}) and of the tables
     * without one, except Flyway's history, the event publication registry (which background jobs change) and
     * the request bookkeeping of rate limits and signature replays.
     * One statement, built once.
     */
    private Map<String, String> snapshot(String project) {
        if (snapshotSql == null) {
            List<String> parts = new ArrayList<>();
            jdbc.queryForList("""
                            select t.table_name, bool_or(c.column_name = 'project_id') as scoped
                            from information_schema.tables t
                            join information_schema.columns c
                              on c.table_schema = t.table_schema and c.table_name = t.table_name
                            where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                              and t.table_name not in ('flyway_schema_history', 'event_publication',
                                  'rate_limit_bucket', 'signature_seen')
                            group by t.table_name order by t.table_name""")
                    .forEach(table -> parts.add("select '%1$s', count(*) || ':' || coalesce(md5(string_agg(x::text,"
                                    .formatted(table.get("table_name"))
                            + " '|' order by x::text)), '') from %s x%s"
                                    .formatted(
                                            table.get("table_name"),
                                            Boolean.TRUE.equals(table.get("scoped"))
                                                    ? " where x.project_id = :project"
                                                    : "")));
            snapshotSql = String.join(" union all ", parts);
        }
        Map<String, String> digests = new TreeMap<>();
        new NamedParameterJdbcTemplate(jdbc).query(snapshotSql, Map.of("project", project), row -> {
            digests.put(row.getString(1), row.getString(2));
        });
        assertThat(digests).containsKeys("annotation_job", "dataset", "workforce", "worker", "workforce_task");
        return digests;
    }
}
