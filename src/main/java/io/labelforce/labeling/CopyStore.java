package io.labelforce.labeling;

import io.labelforce.sample.SampleCatalog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The copies table in plain SQL. Every statement is scoped by (project_id, dataset_id, task_id), the leading
 * columns of every key and index; every write is one set-based statement whose state guard comes from
 * {@link CopyMove}.
 */
@Repository
class CopyStore {

    static final String COLUMNS =
            "t.sample_id, t.worker_id, t.workforce_id, t.email, t.state, t.labels::text as labels,"
                    + " t.labeler, t.label_time, t.review_accept, t.review_comment, t.review_score, t.check_accept,"
                    + " t.check_comment, t.check_score, t.version";

    private final JdbcTemplate jdbc;

    CopyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The task of a statement: every query starts with these three columns. */
    record TaskKey(String projectId, String datasetId, String taskId) {

        static TaskKey of(io.labelforce.task.TaskWorkflow.WorkflowTask task) {
            return new TaskKey(task.projectId(), task.datasetId(), task.taskId());
        }
    }

    /**
     * Who a read sees: all copies (the owner), or those of the given members and teams.
     *
     * @param workerIds members whose copies are seen
     * @param teams teams whose copies are seen
     */
    record Scope(boolean all, List<String> workerIds, List<String> teams) {}

    /**
     * What a list keeps of the copies the scope sees.
     *
     * @param states the copy states wanted (all when empty)
     * @param labelName a label name the copy's labels carry, or null
     * @param samples the dataset's samples the copy must be of (a {@code search_conditions} sub-select), or null
     */
    record Filter(List<CopyState> states, @Nullable String labelName, SampleCatalog.@Nullable Selection samples) {}

    List<CopyRow> page(TaskKey task, Scope scope, Filter filter, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(task, scope, filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                "select " + COLUMNS + " from task_sample t where " + where
                        + " order by t.sample_id, t.worker_id limit ? offset ?",
                this::map,
                args.toArray());
    }

    long count(TaskKey task, Scope scope, Filter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(task, scope, filter, args);
        Long n = jdbc.queryForObject("select count(*) from task_sample t where " + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The copies of one sample the scope sees, by member id (read by the sample's key, filtered here). */
    List<CopyRow> copies(TaskKey task, Scope scope, String sampleId) {
        return allCopies(task, List.of(sampleId)).stream()
                .filter(c -> sees(scope, c))
                .toList();
    }

    /** Every copy of the samples (their labelers), whoever holds them: one query for a page. */
    List<CopyRow> allCopies(TaskKey task, Collection<String> sampleIds) {
        return jdbc.query(
                "select " + COLUMNS + " from task_sample t where t.project_id = ? and t.dataset_id = ?"
                        + " and t.task_id = ? and t.sample_id = any(?) order by t.sample_id, t.worker_id",
                this::map,
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                sampleIds.toArray(String[]::new));
    }

    /** A labeling item: the sample, the copy's member (empty: any of the caller's), the labels as JSON. */
    record LabelItem(String sampleId, String workerId, String labelsJson) {}

    /** A copy a write reached. */
    record Touched(String sampleId, String workerId) {}

    /**
     * Labels copies of {@code labelerIds} in one statement: a copy of a reviewed team moves by
     * {@link CopyMove#LABEL_FOR_REVIEW}, any other by {@link CopyMove#LABEL_WITHOUT_REVIEW}; a copy in a state its
     * move does not leave from is not touched. A new labeling clears the earlier review.
     */
    List<Touched> label(
            TaskKey task,
            List<String> labelerIds,
            List<String> reviewedTeams,
            List<LabelItem> items,
            String labeler,
            Instant now) {
        Timestamp time = Timestamp.from(now);
        String[] reviewed = reviewedTeams.toArray(String[]::new);
        return jdbc.query(
                """
                update task_sample t set labels = l.labels::jsonb,
                    state = case when t.workforce_id = any(?) then ? else ? end,
                    labeler = ?, label_time = ?, update_time = ?, version = t.version + 1,
                    review_accept = null, review_comment = null, review_score = null, reviewer = null,
                    review_time = null
                from unnest(?::varchar[], ?::varchar[], ?::text[]) as l(sample_id, worker_id, labels)
                where t.project_id = ? and t.dataset_id = ? and t.task_id = ? and t.sample_id = l.sample_id
                  and t.worker_id = any(?) and (l.worker_id = '' or t.worker_id = l.worker_id)
                  and t.state = any(case when t.workforce_id = any(?) then ?::varchar[] else ?::varchar[] end)
                returning t.sample_id, t.worker_id
                """,
                (rs, n) -> new Touched(rs.getString(1), rs.getString(2)),
                reviewed,
                CopyMove.LABEL_FOR_REVIEW.to().name(),
                CopyMove.LABEL_WITHOUT_REVIEW.to().name(),
                labeler,
                time,
                time,
                items.stream().map(LabelItem::sampleId).toArray(String[]::new),
                items.stream().map(LabelItem::workerId).toArray(String[]::new),
                items.stream().map(LabelItem::labelsJson).toArray(String[]::new),
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                labelerIds.toArray(String[]::new),
                reviewed,
                CopyMove.LABEL_FOR_REVIEW.fromNames(),
                CopyMove.LABEL_WITHOUT_REVIEW.fromNames());
    }

    /** A verdict item: the sample, the copy's member (empty: every copy of the sample in the teams), the verdict. */
    record Verdict(
            String sampleId,
            String workerId,
            boolean accept,
            @Nullable String comment,
            @Nullable String score) {}

    /**
     * Reviews copies of {@code teams} in one statement ({@link CopyMove#REVIEW_ACCEPT} or
     * {@link CopyMove#REVIEW_REJECT}): a copy that is no longer in a state the move leaves from (another reviewer
     * was first) is not touched, so two reviewers of one copy produce one verdict.
     */
    List<Touched> review(TaskKey task, List<String> teams, List<Verdict> verdicts, String reviewer, Instant now) {
        Timestamp time = Timestamp.from(now);
        return jdbc.query(
                """
                update task_sample t set state = case when c.accept then ? else ? end,
                    review_accept = c.accept, review_comment = c.comment, review_score = c.score, reviewer = ?,
                    review_time = ?, update_time = ?, version = t.version + 1
                from unnest(?::varchar[], ?::varchar[], ?::boolean[], ?::varchar[], ?::varchar[])
                    as c(sample_id, worker_id, accept, comment, score)
                where t.project_id = ? and t.dataset_id = ? and t.task_id = ? and t.sample_id = c.sample_id
                  and (c.worker_id = '' or t.worker_id = c.worker_id) and t.workforce_id = any(?)
                  and t.state = any(case when c.accept then ?::varchar[] else ?::varchar[] end)
                returning t.sample_id, t.worker_id
                """,
                (rs, n) -> new Touched(rs.getString(1), rs.getString(2)),
                CopyMove.REVIEW_ACCEPT.to().name(),
                CopyMove.REVIEW_REJECT.to().name(),
                reviewer,
                time,
                time,
                verdicts.stream().map(Verdict::sampleId).toArray(String[]::new),
                verdicts.stream().map(Verdict::workerId).toArray(String[]::new),
                verdicts.stream().map(Verdict::accept).toArray(Boolean[]::new),
                verdicts.stream().map(Verdict::comment).toArray(String[]::new),
                verdicts.stream().map(Verdict::score).toArray(String[]::new),
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                teams.toArray(String[]::new),
                CopyMove.REVIEW_ACCEPT.fromNames(),
                CopyMove.REVIEW_REJECT.fromNames());
    }

    /**
     * The copies of these samples that the scope sees (to explain items a write did not reach): read by the samples'
     * key, whatever the scope, so a team of 300,000 copies is not scanned for ten samples.
     */
    List<CopyRow> states(TaskKey task, Scope scope, Collection<String> sampleIds) {
        return allCopies(task, sampleIds).stream().filter(c -> sees(scope, c)).toList();
    }

    private static boolean sees(Scope scope, CopyRow copy) {
        return scope.all()
                || scope.workerIds().contains(copy.workerId())
                || scope.teams().contains(copy.workforceId());
    }

    private static String where(TaskKey task, Scope scope, Filter filter, List<Object> args) {
        StringBuilder where = new StringBuilder("t.project_id = ? and t.dataset_id = ? and t.task_id = ?");
        args.add(task.projectId());
        args.add(task.datasetId());
        args.add(task.taskId());
        // one condition where one suffices, so that the member's or the team's index serves it
        if (!scope.all() && scope.teams().isEmpty()) {
            where.append(" and t.worker_id = any(?)");
            args.add(scope.workerIds().toArray(String[]::new));
        } else if (!scope.all() && scope.workerIds().isEmpty()) {
            where.append(" and t.workforce_id = any(?)");
            args.add(scope.teams().toArray(String[]::new));
        } else if (!scope.all()) {
            where.append(" and (t.worker_id = any(?) or t.workforce_id = any(?))");
            args.add(scope.workerIds().toArray(String[]::new));
            args.add(scope.teams().toArray(String[]::new));
        }
        if (!filter.states().isEmpty()) {
            where.append(" and t.state = any(?)");
            args.add(filter.states().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.labelName() != null) {
            where.append(" and t.labels @> jsonb_build_array(jsonb_build_object('name', ?::text))");
            args.add(filter.labelName());
        }
        SampleCatalog.Selection samples = filter.samples();
        if (samples != null) {
            where.append(" and t.sample_id in (select s.id from (")
                    .append(samples.sql())
                    .append(") s)");
            args.addAll(samples.args());
        }
        return where.toString();
    }

    private CopyRow map(ResultSet rs, int n) throws SQLException {
        Timestamp labelTime = rs.getTimestamp("label_time");
        return new CopyRow(
                rs.getString("sample_id"),
                rs.getString("worker_id"),
                rs.getString("workforce_id"),
                rs.getString("email"),
                CopyState.valueOf(rs.getString("state")),
                rs.getString("labels"),
                rs.getString("labeler"),
                labelTime == null ? null : labelTime.toInstant(),
                (Boolean) rs.getObject("review_accept"),
                rs.getString("review_comment"),
                rs.getString("review_score"),
                (Boolean) rs.getObject("check_accept"),
                rs.getString("check_comment"),
                rs.getString("check_score"),
                rs.getLong("version"));
    }
}
