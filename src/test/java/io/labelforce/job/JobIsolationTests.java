package io.labelforce.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;

/**
 * Credentials never reach another project's jobs, and their permission level holds for every operation: for
 * every kind of credential ({@link ApiTest.CredentialKind}), since each becomes the same caller.
 */
@ParameterizedClass
@EnumSource(ApiTest.CredentialKind.class)
class JobIsolationTests extends ApiTest {

    JobIsolationTests(CredentialKind kind) {
        this.credentialKind = kind;
    }

    private String project;
    private String owner;
    private String jobUri;
    private final Map<String, Object> job =
            Map.of("name", "secret_job", "data_type", "OBS", "type", "Manual Object detection", "path", "bucket/dir/");

    @BeforeEach
    void setUp() {
        project = newProject();
        owner = apiKey("write", project);
        String jobId = body(call(HttpMethod.POST, "/v1/" + project + "/annotation-jobs", owner, job))
                .get("job_id")
                .asString();
        jobUri = "/v1/" + project + "/annotation-jobs/" + jobId;
    }

    @Test
    void aTokenOfAnotherProjectCanNeitherListReadWriteNorDelete() {
        String other = newProject();
        String stranger = apiKey("admin", other);
        String list = "/v1/" + project + "/annotation-jobs";

        assertError(call(HttpMethod.GET, list, stranger), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.POST, list, stranger, job), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.GET, jobUri, stranger), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.PUT, jobUri, stranger, Map.of("name", "stolen")), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.DELETE, jobUri, stranger), 403, "ModelArts.0210", project);

        // nothing changed
        assertThat(body(call(HttpMethod.GET, jobUri, owner)).get("name").asString())
                .isEqualTo("secret_job");
        assertThat(body(call(HttpMethod.GET, list, owner))
                        .get("job_total_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aJobIdUsedUnderAnotherProjectPathIsNotFound() {
        String other = newProject();
        String strangerOwnProject = apiKey("write", other);
        String foreignPath = jobUri.replace(project, other);
        assertError(call(HttpMethod.GET, foreignPath, strangerOwnProject), 404, "ModelArts.4801", "");
        assertError(
                call(HttpMethod.PUT, foreignPath, strangerOwnProject, Map.of("name", "stolen")),
                404,
                "ModelArts.4801",
                "");
        assertError(call(HttpMethod.DELETE, foreignPath, strangerOwnProject), 404, "ModelArts.4801", "");
        assertThat(body(call(HttpMethod.GET, jobUri, owner)).get("name").asString())
                .isEqualTo("secret_job");
    }

    @Test
    void aReadOnlyTokenCanReadButNotWrite() {
        String reader = apiKey("read", project);
        assertThat(call(HttpMethod.GET, jobUri, reader)).hasStatus(200);
        assertThat(call(HttpMethod.GET, "/v1/" + project + "/annotation-jobs", reader))
                .hasStatus(200);
        assertError(
                call(HttpMethod.POST, "/v1/" + project + "/annotation-jobs", reader, job),
                403,
                "ModelArts.0108",
                "read");
        assertError(call(HttpMethod.PUT, jobUri, reader, Map.of("name", "renamed")), 403, "ModelArts.0108", "read");
        assertError(call(HttpMethod.DELETE, jobUri, reader), 403, "ModelArts.0108", "read");
        assertThat(body(call(HttpMethod.GET, jobUri, owner)).get("name").asString())
                .isEqualTo("secret_job");
    }

    @Test
    void aWildcardKeyCoversEveryProject() {
        String all = apiKey("read", "*");
        assertThat(call(HttpMethod.GET, jobUri, all)).hasStatus(200);
    }

    @Test
    void noTokenOrABadTokenIs401() {
        assertError(mvc.get().uri(jobUri).exchange(), 401, "ModelArts.4504", "token is required");
        assertError(call(HttpMethod.GET, jobUri, "lf_not-a-real-token"), 401, "ModelArts.4504", "unknown");
        assertError(
                mvc.get().uri(jobUri).header("Authorization", "Bearer lf_nope").exchange(),
                401,
                "ModelArts.4504",
                "unknown");
        assertThat(call(HttpMethod.GET, jobUri, owner)).hasStatus(200);
        String apiKey = plainApiKey("read", project);
        assertThat(mvc.get()
                        .uri(jobUri)
                        .header("Authorization", "Bearer " + apiKey)
                        .exchange())
                .hasStatus(200);
    }

    @Test
    void theAdminTokenManagesKeysButSeesNoProjectData() {
        assertError(call(HttpMethod.GET, jobUri, ADMIN_TOKEN), 403, "ModelArts.0108", "");
    }

    @Test
    void aMalformedProjectIdIsRejectedBeforeAnythingElse() {
        String all = apiKey("write", "*");
        assertError(call(HttpMethod.GET, "/v1/bad$project/annotation-jobs", all), 400, "ModelArts.0104", "project_id");
    }
}
