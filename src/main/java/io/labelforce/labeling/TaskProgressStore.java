package io.labelforce.labeling;

import io.labelforce.labeling.CounterStore.MemberCounts;
import io.labelforce.task.TaskProgress;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TaskProgress} from the counters: two queries for any page of tasks. */
@Component
@Transactional(readOnly = true)
class TaskProgressStore implements TaskProgress {

    private final CounterStore counters;

    TaskProgressStore(CounterStore counters) {
        this.counters = counters;
    }

    @Override
    public Map<String, Figures> figures(String projectId, Collection<String> taskIds) {
        Map<String, Figures> result = new HashMap<>();
        counters.counts(projectId, taskIds).forEach((taskId, members) -> {
            MemberCounts all = MemberCounts.empty();
            Map<String, Counts> perMember = new HashMap<>();
            for (Map.Entry<String, MemberCounts> member : members.entrySet()) {
                all = all.plus(member.getValue());
                perMember.put(member.getKey(), counts(member.getValue()));
            }
            long total = all.total();
            result.put(taskId, new Figures(counts(all), perMember, total == 0 ? 0 : (double) all.checked() / total));
        });
        return result;
    }

    static Counts counts(MemberCounts c) {
        long verdicts = c.accepted() + c.rejected();
        return new Counts(
                c.total(),
                c.copies(CopyState.NONE),
                c.copies(CopyState.UNREVIEWED),
                c.copies(CopyState.UNCHECK),
                c.copies(CopyState.SAMPLED)
                        + c.copies(CopyState.SAMPLED_ACCEPTED)
                        + c.copies(CopyState.SAMPLED_REJECTED),
                c.copies(CopyState.ACCEPTED),
                c.copies(CopyState.REJECTED),
                verdicts == 0 ? 0 : (double) c.accepted() / verdicts,
                c.scored() == 0 ? 0 : (double) c.scoreSum() / c.scored());
    }
}
