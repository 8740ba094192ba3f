package io.labelforce.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class JobApiTests extends ApiTest {

    private String project;
    private String writer;
    private String base;

    @BeforeEach
    void setUp() {
        project = newProject();
        writer = apiKey("write", project);
        base = "/v1/" + project + "/annotation-jobs";
    }

    private Map<String, Object> job(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "label_description");
        body.put("data_type", "OBS");
        body.put("type", "Manual Image classify");
        body.put("path", "cat-datset/obs-9374/");
        return body;
    }

    private String create(String name) {
        MvcTestResult result = call(HttpMethod.POST, base, writer, job(name));
        assertThat(result).hasStatus(200);
        return body(result).get("job_id").asString();
    }

    @Test
    void createListModifyDetailsDeleteFlowHasTheDocumentedShapes() {
        MvcTestResult created = call(HttpMethod.POST, base, writer, job("label_name"));
        assertThat(created).hasStatus(200);
        JsonNode createdBody = body(created);
        String jobId = createdBody.get("job_id").asString();
        assertThat(UUID.fromString(jobId)).isNotNull();
        assertThat(createdBody.get("dls_prj_id").isIntegralNumber()).isTrue();
        assertThat(createdBody.get("dls_prj_id").asLong()).isPositive();

        JsonNode list = body(call(HttpMethod.GET, base, writer));
        assertThat(list.get("job_total_count").asInt()).isEqualTo(1);
        assertThat(list.get("manual_annotation_count_limit").asInt()).isEqualTo(999);
        JsonNode item = list.get("jobs").get(0);
        assertThat(item.get("id").asString()).isEqualTo(jobId);
        assertThat(item.get("name").asString()).isEqualTo("label_name");
        assertThat(item.get("description").asString()).isEqualTo("label_description");
        assertThat(item.get("data_type").asString()).isEqualTo("OBS");
        assertThat(item.get("path").asString()).isEqualTo("cat-datset/obs-9374/");
        assertThat(item.has("filter_name")).isTrue();
        assertThat(item.get("type").asString()).isEqualTo("Manual Image classify");
        assertThat(item.get("create_time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(item.get("dls_prj_id").asLong())
                .isEqualTo(createdBody.get("dls_prj_id").asLong());
        assertThat(item.get("progress").isString()).isTrue();
        assertThat(item.get("progress_detail").get("total_count").asString()).isEqualTo("0");
        assertThat(item.get("progress_detail").get("has_tag_count").asString()).isEqualTo("0");
        assertThat(item.get("progress_detail").get("not_tag_count").asString()).isEqualTo("0");

        // the seed call: mod_label_job(name, description)
        MvcTestResult modified = call(
                HttpMethod.PUT,
                base + "/" + jobId,
                writer,
                Map.of("name", "label_name2", "description", "new_description"));
        assertThat(modified).hasStatus(200);
        assertThat(body(modified).get("job_id").asString()).isEqualTo(jobId);

        JsonNode details = body(call(HttpMethod.GET, base + "/" + jobId, writer));
        assertThat(details.get("name").asString()).isEqualTo("label_name2");
        assertThat(details.get("description").asString()).isEqualTo("new_description");
        assertThat(details.get("path").asString()).isEqualTo("cat-datset/obs-9374/");

        MvcTestResult deleted = call(HttpMethod.DELETE, base + "/" + jobId, writer);
        assertThat(deleted).hasStatus(200);
        assertThat(body(deleted).get("job_id").asString()).isEqualTo(jobId);
        assertError(call(HttpMethod.GET, base + "/" + jobId, writer), 404, "ModelArts.4801", jobId);
        assertThat(body(call(HttpMethod.GET, base, writer))
                        .get("job_total_count")
                        .asInt())
                .isZero();
    }

    @Test
    void modifyWithoutDescriptionKeepsTheDescription() {
        String jobId = create("keep");
        assertThat(call(HttpMethod.PUT, base + "/" + jobId, writer, Map.of("name", "kept")))
                .hasStatus(200);
        JsonNode details = body(call(HttpMethod.GET, base + "/" + jobId, writer));
        assertThat(details.get("name").asString()).isEqualTo("kept");
        assertThat(details.get("description").asString()).isEqualTo("label_description");
    }

    @Test
    void filterJobNeedsAFilterIdAndEchoesItAsFilterName() {
        Map<String, Object> body = job("filtered");
        body.remove("path");
        body.put("data_type", "filter job");
        body.put("filter_id", "flt-1");
        String jobId =
                body(call(HttpMethod.POST, base, writer, body)).get("job_id").asString();
        JsonNode details = body(call(HttpMethod.GET, base + "/" + jobId, writer));
        assertThat(details.get("filter_name").asString()).isEqualTo("flt-1");
        assertThat(details.get("path").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "name|NULL|name",
                "name|''|name",
                "name|has space|name",
                "name|toolong_toolong_toolong_toolong_toolong_toolong_toolong_toolong_x|name",
                "name|naïve|name",
                "description|a<b|description",
                "description|caret^|description",
                "description|quote'|description",
                "data_type|NULL|data_type",
                "data_type|S3|data_type",
                "type|Manual Text classify|type",
                "type|NULL|type",
                "path|NULL|path",
                "path|''|path",
                "filter_id|abc|filter_id",
            })
    void createRejectsEveryBrokenFieldRule(String field, String value, String named) {
        Map<String, Object> body = job("valid_name");
        body.put(field, value);
        assertError(call(HttpMethod.POST, base, writer, body), 400, "ModelArts.0104", named);
        assertThat(body(call(HttpMethod.GET, base, writer))
                        .get("job_total_count")
                        .asInt())
                .isZero();
    }

    @Test
    void descriptionLongerThan256IsRejectedAnd256IsAccepted() {
        Map<String, Object> body = job("long_description");
        body.put("description", "d".repeat(257));
        assertError(call(HttpMethod.POST, base, writer, body), 400, "ModelArts.0104", "description");
        body.put("description", "d".repeat(256));
        assertThat(call(HttpMethod.POST, base, writer, body)).hasStatus(200);
    }

    @Test
    void modifyValidatesLikeCreate() {
        String jobId = create("to_modify");
        assertError(
                call(HttpMethod.PUT, base + "/" + jobId, writer, Map.of("description", "x")),
                400,
                "ModelArts.0104",
                "name");
        assertError(
                call(HttpMethod.PUT, base + "/" + jobId, writer, Map.of("name", "ok", "description", "<b>")),
                400,
                "ModelArts.0104",
                "description");
        assertThat(body(call(HttpMethod.GET, base + "/" + jobId, writer))
                        .get("name")
                        .asString())
                .isEqualTo("to_modify");
    }

    @Test
    void duplicateNamesAreRefusedOnCreateAndModify() {
        create("twin");
        String other = create("other");
        assertError(call(HttpMethod.POST, base, writer, job("twin")), 409, "ModelArts.4800", "already exists");
        assertError(
                call(HttpMethod.PUT, base + "/" + other, writer, Map.of("name", "twin")),
                409,
                "ModelArts.4800",
                "already exists");
        // the same name in another project is fine
        String elsewhere = newProject();
        assertThat(call(
                        HttpMethod.POST,
                        "/v1/" + elsewhere + "/annotation-jobs",
                        apiKey("write", elsewhere),
                        job("twin")))
                .hasStatus(200);
    }

    @Test
    void unknownJobIs404OnEveryJobOperation() {
        String missing = UUID.randomUUID().toString();
        assertError(call(HttpMethod.GET, base + "/" + missing, writer), 404, "ModelArts.4801", missing);
        assertError(
                call(HttpMethod.PUT, base + "/" + missing, writer, Map.of("name", "x")),
                404,
                "ModelArts.4801",
                missing);
        assertError(call(HttpMethod.DELETE, base + "/" + missing, writer), 404, "ModelArts.4801", missing);
        assertError(call(HttpMethod.GET, base + "/not-a-uuid", writer), 400, "ModelArts.0104", "job_id");
    }

    @Test
    void listPagesSortsAndSearches() {
        for (String name : List.of("beta", "Alpha", "gamma_x", "delta", "alpha_2")) {
            create(name);
        }
        JsonNode byName = body(call(HttpMethod.GET, base + "?limit=2", writer));
        assertThat(byName.get("job_total_count").asInt()).isEqualTo(5);
        assertThat(names(byName)).containsExactly("Alpha", "alpha_2");
        // offset is a page number
        assertThat(names(body(call(HttpMethod.GET, base + "?limit=2&offset=1", writer))))
                .containsExactly("beta", "delta");
        assertThat(names(body(call(HttpMethod.GET, base + "?limit=2&offset=2", writer))))
                .containsExactly("gamma_x");
        JsonNode past = body(call(HttpMethod.GET, base + "?limit=2&offset=9", writer));
        assertThat(names(past)).isEmpty();
        assertThat(past.get("job_total_count").asInt()).isEqualTo(5);

        assertThat(names(body(call(HttpMethod.GET, base + "?order=desc&limit=1", writer))))
                .containsExactly("gamma_x");
        assertThat(names(body(call(HttpMethod.GET, base + "?sort_by=create_time&order=desc&limit=2", writer))))
                .containsExactly("alpha_2", "delta");

        JsonNode search = body(call(HttpMethod.GET, base + "?search_content=ALPHA", writer));
        assertThat(names(search)).containsExactly("Alpha", "alpha_2");
        assertThat(search.get("job_total_count").asInt()).isEqualTo(2);
        assertThat(search.get("manual_annotation_count_limit").asInt()).isEqualTo(995);
        // LIKE wildcards are literal
        assertThat(names(body(call(HttpMethod.GET, base + "?search_content=%25", writer))))
                .isEmpty();
        assertThat(names(body(call(HttpMethod.GET, base + "?search_content=a_", writer))))
                .containsExactly("alpha_2", "gamma_x");
    }

    @ParameterizedTest(name = "?{0} is rejected")
    @CsvSource({
        "limit=0, limit",
        "limit=101, limit",
        "limit=abc, limit",
        "offset=-1, offset",
        "sort_by=id, sort_by",
        "order=up, order"
    })
    void listRejectsBadParameters(String query, String named) {
        assertError(call(HttpMethod.GET, base + "?" + query, writer), 400, "ModelArts.0104", named);
    }

    @Test
    void searchContentLongerThan100IsRejected() {
        assertError(
                call(HttpMethod.GET, base + "?search_content=" + "s".repeat(101), writer),
                400,
                "ModelArts.0104",
                "search_content");
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        assertError(call(HttpMethod.POST, base, writer, "{\"name\": "), 400, "ModelArts.0101", "JSON");
        assertError(
                call(HttpMethod.POST, base, writer, "{\"name\": {\"a\": 1}, \"data_type\": \"OBS\"}"),
                400,
                "ModelArts.0101",
                "name");
        assertError(call(HttpMethod.POST, base, writer, "[]"), 400, "ModelArts.0101", "");
        assertThat(body(call(HttpMethod.GET, base, writer))
                        .get("job_total_count")
                        .asInt())
                .isZero();
    }

    private static List<String> names(JsonNode list) {
        return list.get("jobs")
                .valueStream()
                .map(job -> job.get("name").asString())
                .toList();
    }
}
