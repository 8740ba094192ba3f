package io.labelforce.labeling;

import io.labelforce.sample.SampleCatalog;
import io.labelforce.sample.SampleCatalog.SampleInfo;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import io.labelforce.workforce.WorkerRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies as a member sees them (DescribeSampleResp): the copy with its sample's name, file and presigned URL, and
 * the sample's labelers. Two queries for any number of copies.
 */
@Component
class CopyViewer {

    private final CopyStore copies;
    private final SampleCatalog samples;
    private final JsonMapper json;

    CopyViewer(CopyStore copies, SampleCatalog samples, JsonMapper json) {
        this.copies = copies;
        this.samples = samples;
        this.json = json;
    }

    List<CopyViews.CopyView> of(WorkflowTask task, List<CopyRow> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<String> ids = page.stream().map(CopyRow::sampleId).distinct().toList();
        return of(task, page, copies.allCopies(CopyStore.TaskKey.of(task), ids));
    }

    /**
     * As {@link #of(WorkflowTask, List)}, for a caller that has already read every copy of the page's samples
     * ({@code allCopies}, their labelers): one query fewer.
     */
    List<CopyViews.CopyView> of(WorkflowTask task, List<CopyRow> page, List<CopyRow> allCopies) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<String> ids = page.stream().map(CopyRow::sampleId).distinct().toList();
        Map<String, SampleInfo> infos = samples.describe(task.projectId(), task.datasetId(), ids);
        Map<String, List<CopyViews.Labeler>> labelers = new HashMap<>();
        for (CopyRow c : allCopies) {
            labelers.computeIfAbsent(c.sampleId(), k -> new ArrayList<>())
                    .add(new CopyViews.Labeler(c.email(), c.workerId(), WorkerRole.LABELER));
        }
        List<CopyViews.CopyView> views = new ArrayList<>();
        for (CopyRow c : page) {
            SampleInfo info = infos.get(c.sampleId());
            JsonNode labels = json.readTree(c.labels());
            views.add(new CopyViews.CopyView(
                    c.sampleId(),
                    info == null ? null : info.sampleName(),
                    info == null ? null : info.sampleDir(),
                    info == null ? null : info.sampleType(),
                    c.state().wire(),
                    info == null ? null : info.sampleTime(),
                    info == null ? null : info.sampleSize(),
                    info == null ? null : info.source(),
                    labels,
                    info == null ? null : info.metadata(),
                    info == null ? null : info.sampleUsage(),
                    c.workerId(),
                    labelers.getOrDefault(c.sampleId(), List.of()),
                    c.reviewAccept(),
                    c.reviewComment(),
                    c.reviewScore(),
                    c.checkAccept(),
                    c.checkComment(),
                    c.checkScore()));
        }
        return views;
    }
}
