package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.TestStorage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** A version a team task is based on cannot be deleted (4827); a failed release leaves no manifest behind. */
class VersionGuardTests extends Fixtures {

    private String versions = "";

    @BeforeEach
    void datasetWithAWorkPathInStorage() {
        var created = call(
                HttpMethod.POST,
                "/v2/" + project + "/datasets",
                writer,
                Map.of(
                        "dataset_name",
                        "vds",
                        "work_path",
                        "/" + TestStorage.BUCKET + "/" + project + "/out/",
                        "work_path_type",
                        0));
        assertThat(created).hasStatus(201);
        datasetId = body(created).get("dataset_id").asString();
        tasks = tasksOf(datasetId);
        versions = "/v2/" + project + "/datasets/" + datasetId + "/versions";
    }

    private String publish() {
        var result = call(HttpMethod.POST, versions, writer, Map.of());
        assertThat(result).hasStatus(201);
        return body(result).get("version_id").asString();
    }

    @Test
    void aVersionATaskIsBasedOnCannotBeDeletedNorSwitchedAwayFromMeanwhile() {
        String version = publish();
        String team = teamWithLabelers("team", "l", 1);
        Map<String, Object> body = task("t1");
        body.put("version_id", version);
        body.put("workforces_config", config(team, List.of("l0@example.com")));
        createTask(body);
        assertError(call(HttpMethod.DELETE, versions + "/" + version, writer), 400, "ModelArts.4827", version);
        assertThat(call(HttpMethod.GET, versions + "/" + version, writer)).hasStatus(200);
        assertError(
                call(
                        HttpMethod.PUT,
                        "/v2/" + project + "/datasets/" + datasetId,
                        writer,
                        Map.of("current_version_id", version)),
                400,
                "ModelArts.4615",
                datasetId);
    }

    @Test
    void aReleaseWhoseRowIsNeverCommittedLeavesNoManifest() {
        jdbc.execute("create function fail_version() returns trigger language plpgsql as $$"
                + " begin raise exception 'commit refused'; end $$");
        jdbc.execute("create constraint trigger fail_version after insert on dataset_version"
                + " deferrable initially deferred for each row execute function fail_version()");
        try {
            var result = call(HttpMethod.POST, versions, writer, Map.of());
            assertThat(result.getResponse().getStatus()).isGreaterThanOrEqualTo(500);
        } finally {
            jdbc.execute("drop trigger fail_version on dataset_version");
            jdbc.execute("drop function fail_version()");
        }
        assertThat(TestStorage.get()
                        .blobStore()
                        .blobExists(TestStorage.BUCKET, project + "/out/annotation/V001/V001.manifest"))
                .isFalse();
        assertThat(body(call(HttpMethod.GET, versions, writer))
                        .get("total_number")
                        .asInt())
                .isZero();
        assertThat(pendingRecords())
                .as("the deleted manifest's pending record goes too")
                .isZero();
        publish();
        assertThat(TestStorage.get()
                        .blobStore()
                        .blobExists(TestStorage.BUCKET, project + "/out/annotation/V001/V001.manifest"))
                .isTrue();
        assertThat(pendingRecords())
                .as("a committed release leaves no pending record")
                .isZero();
    }

    private int pendingRecords() {
        Integer n =
                jdbc.queryForObject("select count(*) from pending_object where project_id = ?", Integer.class, project);
        return n == null ? 0 : n;
    }
}
