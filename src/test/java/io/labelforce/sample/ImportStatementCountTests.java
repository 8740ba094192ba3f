package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.SqlStatementCounter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * An import costs a fixed number of statements per page of {@code labelforce.samples.max-batch-size} objects (50 in
 * the tests): one multi-row insert and one progress update, whatever the number of objects.
 */
@Import(SqlStatementCounter.Config.class)
class ImportStatementCountTests extends SampleTestSupport {

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    ImportRunner runner;

    @Autowired
    ImportTaskStore tasks;

    @Autowired
    SampleSettings settings;

    private String queuedImport(int objects) {
        return queuedImport(tasks, project + "/bulk" + objects + "/", objects, Instant.now());
    }

    private SqlStatementCounter.Recording runImport(int objects) {
        String taskId = queuedImport(objects);
        var recording = sql.record(() -> runner.execute(project, datasetId, taskId));
        var task = tasks.find(project, datasetId, taskId).orElseThrow();
        assertThat(task.status()).isEqualTo("COMPLETED");
        assertThat(task.totalFileCount()).isEqualTo(objects);
        assertThat(task.importedSampleCount()).isEqualTo(objects);
        return recording;
    }

    @Test
    void importingAThousandObjectsCostsTwoStatementsPerPageWhateverTheirNumber() {
        int batch = settings.maxBatchSize();
        assertThat(batch).isEqualTo(50);

        var thousand = runImport(1000);
        int pages = 1000 / batch;
        // one multi-row insert per page (not a JDBC batch of one insert per object)
        assertThat(thousand.touching("sample")).as(thousand.describe()).hasSize(pages);
        assertThat(thousand.touching("sample"))
                .allSatisfy(s -> assertThat(s.batchSize()).isEqualTo(1))
                .allSatisfy(s ->
                        assertThat(s.sql()).startsWith("insert into sample").contains("unnest("));
        // the progress update per page (cursor, counts and lease in one statement)
        long progress = thousand.touching("sample_import_task").stream()
                .filter(s -> s.sql().contains("last_key = ?"))
                .count();
        assertThat(progress).isEqualTo(pages);
        int fixed = thousand.count() - 2 * pages;
        assertThat(fixed).as(thousand.describe()).isLessThanOrEqualTo(6);

        // a tenth of the objects: a tenth of the pages, the same fixed part
        var hundred = runImport(100);
        assertThat(hundred.touching("sample")).hasSize(100 / batch);
        assertThat(hundred.count() - 2 * (100 / batch)).as(hundred.describe()).isEqualTo(fixed);

        assertThat(counts()).containsExactly(1100, 0, 0, 0);
        assertThat(body(call(org.springframework.http.HttpMethod.GET, samples + "?limit=1", token))
                        .get("sample_count")
                        .asInt())
                .isEqualTo(1100);
    }

    @Test
    void aReimportInsertsNothingAndStillCostsOneStatementPerPage() {
        String taskId = queuedImport(120);
        runner.execute(project, datasetId, taskId);
        var again = tasks.find(project, datasetId, taskId).orElseThrow();
        String second = io.labelforce.common.Ids.hex32();
        tasks.insert(new ImportTaskStore.Task(
                project,
                datasetId,
                second,
                ImportService.IMPORT,
                again.importPath(),
                again.bucket(),
                again.prefix(),
                true,
                "QUEUING",
                null,
                0,
                0,
                0,
                null,
                null,
                Instant.now(),
                Instant.now()));
        var recording = sql.record(() -> runner.execute(project, datasetId, second));
        assertThat(recording.touching("sample")).hasSize(3);
        var task = tasks.find(project, datasetId, second).orElseThrow();
        assertThat(task.totalFileCount()).isEqualTo(120);
        assertThat(task.importedSampleCount()).isZero();
        assertThat(counts()).containsExactly(120, 0, 0, 0);
    }
}
