package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.SqlStatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

@Import(SqlStatementCounter.Config.class)
class SampleStatementCountTests extends SampleTestSupport {

    @Autowired
    SqlStatementCounter sql;

    /** Labels the dataset lists already: labeling with them does not touch the label set. */
    private void datasetLabels(String... names) {
        List<Map<String, Object>> labels = new ArrayList<>();
        for (String name : names) {
            labels.add(Map.of("name", name, "type", 0));
        }
        assertThat(call(
                        HttpMethod.POST,
                        "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/labels",
                        token,
                        Map.of("labels", labels)))
                .hasStatus(200);
    }

    @Test
    void aBatchUploadCostsTheSameFewStatementsForAnyNumberOfFiles() {
        datasetLabels("Cat");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(file("f" + i + ".txt", "content " + i, "Cat"));
        }
        var recording = sql.record(() -> upload(items));
        // one JDBC batch of 40 inserts, one lookup of existing files; the counters change inside the database;
        // the 40 objects are recorded as pending (one statement) and released with the rows (one statement)
        assertThat(recording.touching("sample")).as(recording.describe()).hasSize(2);
        assertThat(recording.touching("pending_object"))
                .as(recording.describe())
                .hasSize(2);
        assertThat(recording.statements().stream()
                        .filter(s -> s.sql().startsWith("insert into sample"))
                        .findFirst()
                        .orElseThrow()
                        .batchSize())
                .isEqualTo(40);
        assertThat(recording.count() - recording.touching("api_key").size())
                .as(recording.describe())
                .isEqualTo(5);
        assertThat(counts()).containsExactly(40, 40, 0, 0);
    }

    @Test
    void aListPageCostsAFixedNumberOfStatements() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(file("f" + i + ".txt", "content " + i));
        }
        upload(items);
        var unfiltered = sql.record(() -> call(HttpMethod.GET, samples + "?limit=20&offset=1", token));
        // dataset check, the page (deferred join), the total from the counters (+ the API key, when not cached)
        assertThat(unfiltered.count() - unfiltered.touching("api_key").size())
                .as(unfiltered.describe())
                .isEqualTo(3);
        assertThat(unfiltered.touching("sample_count")).hasSize(1);
        var filtered = sql.record(() -> call(HttpMethod.GET, samples + "?limit=20&offset=1&sample_state=NONE", token));
        // dataset check, the page, the state's counter (no count over the matching rows)
        assertThat(filtered.count() - filtered.touching("api_key").size())
                .as(filtered.describe())
                .isEqualTo(3);
        assertThat(filtered.touching("sample")).as(filtered.describe()).hasSize(1);
        assertThat(filtered.touching("sample_count")).hasSize(1);
    }

    @Test
    void filteredTotalsComeFromTheCountersWhereTheyHoldThemExactly() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(
                    i % 3 == 0 ? file("f" + i + ".txt", "x") : file("f" + i + ".txt", "x", i % 3 == 1 ? "Cat" : "Dog"));
        }
        items.add(file("both.txt", "x", "Cat", "Dog", "Cat"));
        upload(items);
        String[][] cases = {
            {"label_name=Cat", "5"},
            {"label_name=Dog&sample_state=ALL", "5"},
            {"label_name=Cat&sample_state=NONE", "0"},
            {"sample_state=ALL", "9"},
            {"sample_state=NONE", "4"},
            {"label_name=Nobody", "0"}
        };
        for (String[] c : cases) {
            var recording = sql.record(() -> assertThat(body(call(HttpMethod.GET, samples + "?" + c[0], token))
                            .get("sample_count")
                            .asInt())
                    .as(c[0])
                    .isEqualTo(Integer.parseInt(c[1])));
            // the page reads sample; the total reads a counter table, never count(*) over sample
            assertThat(recording.touching("sample"))
                    .as(c[0] + recording.describe())
                    .hasSize(1);
        }
        // anything else counts the matching rows (here: the sample type)
        var counted = sql.record(() -> assertThat(body(call(HttpMethod.GET, samples + "?sample_type=0", token))
                        .get("sample_count")
                        .asInt())
                .isEqualTo(13));
        assertThat(counted.touching("sample")).as(counted.describe()).hasSize(2);
    }

    @Test
    void labelingABatchIsOneJdbcBatch() {
        datasetLabels("Dog");
        List<String> ids = upload(List.of(file("a.txt", "a"), file("b.txt", "b"), file("c.txt", "c")));
        List<Map<String, Object>> changes = new ArrayList<>();
        ids.forEach(id -> changes.add(Map.of("sample_id", id, "labels", List.of(Map.of("name", "Dog")))));
        var recording = sql.record(() -> call(HttpMethod.PUT, samples, token, Map.of("samples", changes)));
        assertThat(recording.touching("sample")).as(recording.describe()).hasSize(1);
        assertThat(recording.touching("sample").get(0).batchSize()).isEqualTo(3);
        assertThat(recording.count() - recording.touching("api_key").size())
                .as(recording.describe())
                .isEqualTo(2);
        assertThat(counts()).containsExactly(3, 3, 0, 0);
    }

    @Test
    void newLabelNamesCostTheSameFewStatementsForAnyNumberOfSamples() {
        List<String> ids = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 5 + 30 * round; i++) {
                items.add(file("r" + round + "-" + i + ".txt", "x"));
            }
            ids.addAll(upload(items));
        }
        int[] costs = new int[2];
        for (int round = 0; round < 2; round++) {
            List<Map<String, Object>> changes = new ArrayList<>();
            for (String id : round == 0 ? ids.subList(0, 5) : ids.subList(5, 35)) {
                changes.add(Map.of("sample_id", id, "labels", List.of(Map.of("name", "New" + round))));
            }
            var recording = sql.record(() -> call(HttpMethod.PUT, samples, token, Map.of("samples", changes)));
            costs[round] = recording.count() - recording.touching("api_key").size();
            assertThat(recording.touching("sample")).hasSize(1);
        }
        // the relabel batch, then the dataset row locked and updated once, whatever the number of samples
        assertThat(costs[1]).isEqualTo(costs[0]);
        assertThat(costs[0]).isLessThanOrEqualTo(6);
    }
}
