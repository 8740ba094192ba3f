package io.labelforce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import io.labelforce.common.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class DatasetApiTests extends ApiTest {

    /** The reference's CreateDataset example, as printed. */
    static final String EXAMPLE = """
            { "workspace_id" : "0", "dataset_name" : "dataset-457f", "dataset_type" : 0,
              "data_sources" : [ { "data_type" : 0, "data_path" : "/test-obs/classify/input/cat-dog/" } ],
              "description" : "", "work_path" : "/test-obs/classify/output/", "work_path_type" : 0,
              "labels" : [ { "name" : "Cat", "type" : 0, "property" : { "@modelarts:color" : "#3399ff" } },
                           { "name" : "Dog", "type" : 0, "property" : { "@modelarts:color" : "#3399ff" } } ] }
            """;

    @Autowired
    JdbcTemplate jdbc;

    private String project;
    private String token;
    private String base;

    @BeforeEach
    void setUp() {
        project = newProject();
        token = apiKey("write", project);
        base = "/v2/" + project + "/datasets";
    }

    static Map<String, Object> dataset(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("dataset_name", name);
        body.put("work_path", "/bucket/out/");
        body.put("work_path_type", 0);
        return body;
    }

    private String create(Map<String, Object> body) {
        MvcTestResult result = call(HttpMethod.POST, base, token, body);
        assertThat(result).hasStatus(201);
        return body(result).get("dataset_id").asString();
    }

    @Test
    void theReferenceExampleCreatesADatasetThatReadsBackWithTheDocumentedShape() {
        MvcTestResult created = call(HttpMethod.POST, base, token, EXAMPLE);
        assertThat(created).hasStatus(201);
        String id = body(created).get("dataset_id").asString();
        assertThat(id).matches("[A-Za-z0-9]{19}");

        JsonNode d = body(call(HttpMethod.GET, base + "/" + id, token));
        assertThat(d.get("dataset_id").asString()).isEqualTo(id);
        assertThat(d.get("dataset_name").asString()).isEqualTo("dataset-457f");
        assertThat(d.get("dataset_type").asInt()).isZero();
        assertThat(d.get("status").asInt()).isEqualTo(DatasetStatus.NORMAL.code());
        assertThat(d.get("data_format").asString()).isEqualTo("Default");
        assertThat(d.get("dataset_format").asInt()).isZero();
        assertThat(d.get("workspace_id").asString()).isEqualTo("0");
        assertThat(d.get("work_path").asString()).isEqualTo("/test-obs/classify/output/");
        assertThat(d.get("work_path_type").asInt()).isZero();
        assertThat(d.get("data_sources").get(0).get("data_path").asString())
                .isEqualTo("/test-obs/classify/input/cat-dog/");
        assertThat(d.get("create_time").isIntegralNumber()).isTrue();
        assertThat(d.get("create_time").asLong()).isGreaterThan(1_700_000_000_000L);
        assertThat(d.get("update_time").asLong()).isEqualTo(d.get("create_time").asLong());
        assertThat(d.get("total_sample_count").asInt()).isZero();
        assertThat(d.get("annotated_sample_count").asInt()).isZero();
        assertThat(d.get("workforce_task_count").asInt()).isZero();
        assertThat(d.get("exist_workforce_task").asBoolean()).isFalse();
        assertThat(d.get("labels")).hasSize(2);
        assertThat(d.get("labels").get(0).get("name").asString()).isEqualTo("Cat");
        assertThat(d.get("labels").get(0).get("type").asInt()).isZero();
        assertThat(d.get("labels")
                        .get(0)
                        .get("property")
                        .get("@modelarts:color")
                        .asString())
                .isEqualTo("#3399ff");
    }

    @Test
    void sampleCountsComeFromStoredSamples() {
        String id = create(dataset("counted"));
        insertSamples(id, "NONE", 3, false);
        insertSamples(id, "ALL", 2, false);
        insertSamples(id, "AUTO_ANNOTATION", 1, false);
        insertSamples(id, "ALL", 4, true);

        JsonNode d = body(call(HttpMethod.GET, base + "/" + id, token));
        assertThat(d.get("total_sample_count").asInt()).isEqualTo(6);
        assertThat(d.get("annotated_sample_count").asInt()).isEqualTo(2);
        assertThat(d.get("unconfirmed_sample_count").asInt()).isEqualTo(1);
        assertThat(d.get("deleted_sample_count").asInt()).isEqualTo(4);
        JsonNode listed =
                body(call(HttpMethod.GET, base, token)).get("datasets").get(0);
        assertThat(listed.get("total_sample_count").asInt()).isEqualTo(6);
    }

    /** Rows written behind the API's back: the sample table's triggers keep the counters the views show. */
    private void insertSamples(String datasetId, String state, int n, boolean deleted) {
        List<Object[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < n; i++) {
            String id = Ids.hex32();
            ids.add(id);
            rows.add(new Object[] {id, project, datasetId, state, id, now, now});
        }
        jdbc.batchUpdate(
                "insert into sample (id, project_id, dataset_id, sample_state, object_key, create_time, "
                        + "update_time) values (?, ?, ?, ?, ?, ?, ?)",
                rows);
        if (deleted) {
            jdbc.update(
                    "delete from sample where project_id = ? and dataset_id = ? and id = any(?)",
                    project,
                    datasetId,
                    ids.toArray(String[]::new));
        }
    }

    @Test
    void listPagesSortsFiltersAndSearches() {
        for (String name : List.of("cats", "dogs", "Cat_faces", "birds")) {
            Map<String, Object> body = dataset(name);
            body.put("dataset_type", name.startsWith("bird") ? 1 : 0);
            create(body);
        }
        JsonNode page = body(call(HttpMethod.GET, base + "?limit=3", token));
        assertThat(page.get("total_number").asInt()).isEqualTo(4);
        assertThat(page.get("workspaceId").asString()).isEqualTo("0");
        // default: create_time desc
        assertThat(names(page)).containsExactly("birds", "Cat_faces", "dogs");
        assertThat(page.get("datasets").get(0).has("labels")).isFalse();
        assertThat(names(body(call(HttpMethod.GET, base + "?limit=3&offset=1", token))))
                .containsExactly("cats");
        assertThat(names(body(call(HttpMethod.GET, base + "?sort_by=dataset_name&order=asc&limit=2", token))))
                .containsExactly("Cat_faces", "birds");
        JsonNode searched = body(call(HttpMethod.GET, base + "?search_content=CAT", token));
        assertThat(names(searched)).containsExactlyInAnyOrder("cats", "Cat_faces");
        assertThat(searched.get("total_number").asInt()).isEqualTo(2);
        assertThat(names(body(call(HttpMethod.GET, base + "?search_content=t_", token))))
                .containsExactly("Cat_faces");
        assertThat(names(body(call(HttpMethod.GET, base + "?dataset_type=1", token))))
                .containsExactly("birds");
        assertThat(body(call(HttpMethod.GET, base + "?with_labels=true", token))
                        .get("datasets")
                        .get(0)
                        .has("labels"))
                .isTrue();
        JsonNode past = body(call(HttpMethod.GET, base + "?offset=50", token));
        assertThat(past.get("datasets")).isEmpty();
        assertThat(past.get("total_number").asInt()).isEqualTo(4);
    }

    @ParameterizedTest(name = "?{0} is rejected")
    @CsvSource({
        "limit=0, limit",
        "limit=101, limit",
        "offset=-1, offset",
        "sort_by=name, sort_by",
        "order=random, order",
        "dataset_type=7, dataset_type"
    })
    void listRejectsBadParameters(String query, String named) {
        assertError(call(HttpMethod.GET, base + "?" + query, token), 400, "ModelArts.0104", named);
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "dataset_name|NULL|dataset_name",
                "dataset_name|''|dataset_name",
                "dataset_name|has space|dataset_name",
                "dataset_type|5|dataset_type",
                "description|x<y|description",
                "work_path|NULL|work_path",
                "work_path|/bucket-only/|work_path",
                "work_path|bucket/dir/|work_path",
                "work_path|/bucket/dir|work_path",
                "workspace_id|a/b|workspace_id",
            })
    void createRejectsEveryBrokenFieldRule(String field, String value, String named) {
        Map<String, Object> body = dataset("valid");
        body.put(field, field.equals("dataset_type") ? Integer.valueOf(value) : value);
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", named);
        assertThat(body(call(HttpMethod.GET, base, token)).get("total_number").asInt())
                .isZero();
    }

    @Test
    void createRejectsBrokenNestedValues() {
        Map<String, Object> body = dataset("nested");
        body.put("work_path_type", 1);
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "work_path_type");
        body = dataset("nested");
        body.put("dataset_name", "n".repeat(101));
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "dataset_name");
        body = dataset("nested");
        body.put("labels", List.of(Map.of("name", "a/b")));
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "labels");
        body.put("labels", List.of(Map.of("name", "ok", "type", 7)));
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "type");
        body.put("labels", List.of(Map.of("name", "ok", "property", Map.of("color", "red"))));
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "property");
        body.put("labels", List.of(Map.of("name", "same"), Map.of("name", "same")));
        assertError(call(HttpMethod.POST, base, token, body), 409, "ModelArts.4411", "same");
        body = dataset("nested");
        body.put("data_sources", List.of(Map.of("data_path", "/bucket/")));
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "work_path");
        body.put("data_sources", List.of(Map.of("data_type", 0)));
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "data_path");
        body = dataset("nested");
        body.put("workforce_information", Map.of("task_name", "t"));
        assertError(call(HttpMethod.POST, base, token, body), 400, "ModelArts.0104", "workforce_information");
        assertThat(body(call(HttpMethod.GET, base, token)).get("total_number").asInt())
                .isZero();
    }

    @Test
    void namesAreUniquePerProject() {
        create(dataset("unique"));
        String other = create(dataset("other"));
        assertError(call(HttpMethod.POST, base, token, dataset("unique")), 409, "ModelArts.4351", "already exists");
        assertError(
                call(HttpMethod.PUT, base + "/" + other, token, Map.of("dataset_name", "unique")),
                409,
                "ModelArts.4351",
                "already exists");
        String elsewhere = newProject();
        assertThat(call(
                        HttpMethod.POST,
                        "/v2/" + elsewhere + "/datasets",
                        apiKey("write", elsewhere),
                        dataset("unique")))
                .hasStatus(201);
    }

    @Test
    void updateChangesOnlyWhatItNamesAndEditsLabels() {
        String id = create(DatasetApiTests.exampleAsMap(json));
        // the reference example: add_tags and dataset_id
        MvcTestResult updated = call(
                HttpMethod.PUT,
                base + "/" + id,
                token,
                "{\"dataset_id\":\"" + id
                        + "\",\"description\":\"just a test\",\"add_tags\":[{\"name\":\"Pig\",\"type\":0,"
                        + "\"property\":{\"@modelarts:color\":\"#3399ff\"}}]}");
        assertThat(updated).hasStatus(200);
        assertThat(body(updated).get("dataset_id").asString()).isEqualTo(id);
        JsonNode d = body(call(HttpMethod.GET, base + "/" + id, token));
        assertThat(d.get("description").asString()).isEqualTo("just a test");
        assertThat(d.get("dataset_name").asString()).isEqualTo("dataset-457f");
        assertThat(labelNames(d)).containsExactly("Cat", "Dog", "Pig");

        assertThat(call(
                        HttpMethod.PUT,
                        base + "/" + id,
                        token,
                        Map.of(
                                "update_labels",
                                        List.of(Map.of(
                                                "name",
                                                "Cat",
                                                "property",
                                                Map.of(
                                                        "@modelarts:color",
                                                        "#8a1524",
                                                        "@modelarts:rename_to",
                                                        "pussycat"))),
                                "delete_labels", List.of(Map.of("name", "Dog")))))
                .hasStatus(200);
        d = body(call(HttpMethod.GET, base + "/" + id, token));
        assertThat(labelNames(d)).containsExactly("pussycat", "Pig");
        assertThat(d.get("labels")
                        .get(0)
                        .get("property")
                        .get("@modelarts:color")
                        .asString())
                .isEqualTo("#8a1524");
        assertThat(d.get("labels").get(0).get("property").has("@modelarts:rename_to"))
                .isFalse();
        assertThat(d.get("description").asString()).isEqualTo("just a test");
    }

    @Test
    void badLabelEditsChangeNothing() {
        String id = create(DatasetApiTests.exampleAsMap(json));
        assertError(
                call(
                        HttpMethod.PUT,
                        base + "/" + id,
                        token,
                        Map.of("description", "changed", "delete_labels", List.of(Map.of("name", "Horse")))),
                400,
                "ModelArts.4410",
                "Horse");
        assertError(
                call(HttpMethod.PUT, base + "/" + id, token, Map.of("add_labels", List.of(Map.of("name", "Cat")))),
                409,
                "ModelArts.4411",
                "Cat");
        assertError(
                call(
                        HttpMethod.PUT,
                        base + "/" + id,
                        token,
                        Map.of(
                                "update_labels",
                                List.of(Map.of("name", "Cat", "property", Map.of("@modelarts:rename_to", "Dog"))))),
                409,
                "ModelArts.4411",
                "Dog");
        assertError(
                call(HttpMethod.PUT, base + "/" + id, token, Map.of("current_version_id", "V009")),
                400,
                "ModelArts.4353",
                "V009");
        assertError(
                call(HttpMethod.PUT, base + "/" + id, token, Map.of("dataset_id", "another")),
                400,
                "ModelArts.0104",
                "dataset_id");
        JsonNode d = body(call(HttpMethod.GET, base + "/" + id, token));
        assertThat(d.get("description").asString()).isEmpty();
        assertThat(labelNames(d)).containsExactly("Cat", "Dog");
    }

    @Test
    void deleteRemovesTheDatasetAndItsSamples() {
        String id = create(dataset("doomed"));
        insertSamples(id, "NONE", 2, false);
        assertThat(call(HttpMethod.DELETE, base + "/" + id, token)).hasStatus(204);
        assertError(call(HttpMethod.GET, base + "/" + id, token), 404, "ModelArts.4352", id);
        assertError(call(HttpMethod.DELETE, base + "/" + id, token), 404, "ModelArts.4352", id);
        assertThat(jdbc.queryForObject("select count(*) from sample where dataset_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void otherProjectsNeverSeeOrChangeADataset() {
        String id = create(dataset("private"));
        String other = newProject();
        String stranger = apiKey("write", other);
        String foreign = "/v2/" + other + "/datasets/" + id;
        assertError(call(HttpMethod.GET, foreign, stranger), 404, "ModelArts.4352", id);
        assertError(call(HttpMethod.PUT, foreign, stranger, Map.of("description", "mine")), 404, "ModelArts.4352", id);
        assertError(call(HttpMethod.DELETE, foreign, stranger), 404, "ModelArts.4352", id);
        assertError(call(HttpMethod.GET, base + "/" + id, stranger), 403, "ModelArts.0210", project);
        assertThat(body(call(HttpMethod.GET, "/v2/" + other + "/datasets", stranger))
                        .get("total_number")
                        .asInt())
                .isZero();
        assertThat(body(call(HttpMethod.GET, base + "/" + id, token))
                        .get("description")
                        .asString())
                .isEmpty();
    }

    static Map<String, Object> exampleAsMap(tools.jackson.databind.json.JsonMapper json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.readValue(EXAMPLE, Map.class);
        return map;
    }

    private static List<String> names(JsonNode list) {
        return list.get("datasets")
                .valueStream()
                .map(d -> d.get("dataset_name").asString())
                .toList();
    }

    private static List<String> labelNames(JsonNode dataset) {
        return dataset.get("labels")
                .valueStream()
                .map(l -> l.get("name").asString())
                .toList();
    }
}
