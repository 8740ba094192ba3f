package io.labelforce;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends while a piece of test code runs, to prove that a call
 * costs a bounded number of statements (no N+1, batched writes).
 *
 * <pre>
 * &#64;Import(SqlStatementCounter.Config.class)      // on an ApiTest subclass; tests with the same imports share a context
 * class MyTests extends ApiTest {
 *     &#64;Autowired SqlStatementCounter sql;
 *
 *     var recording = sql.record(() -> call(HttpMethod.GET, uri, token));
 *     assertThat(recording.touching("worker")).hasSize(2);
 * }
 * </pre>
 *
 * Only statements sent by the recording thread count (MockMvc serves a request on the test's thread), so
 * background work adds no noise. A JDBC batch counts once (one round trip), with its size in
 * {@link Statement#batchSize()}.
 */
public class SqlStatementCounter {

    /** One execution: the SQL (statements of a {@code Statement} batch joined by {@code ;}) and its batch size. */
    public record Statement(String sql, int batchSize) {}

    /** The statements of one {@link #record} call, in execution order. */
    public record Recording(List<Statement> statements) {

        public int count() {
            return statements.size();
        }

        /** The statements that read or write the table: {@code from}, {@code join}, {@code into} or {@code update} it. */
        public List<Statement> touching(String table) {
            Pattern pattern = Pattern.compile(
                    "\\b(from|join|into|update)\\s+\"?" + Pattern.quote(table) + "\"?(\\s|$|\\()",
                    Pattern.CASE_INSENSITIVE);
            return statements.stream()
                    .filter(s -> pattern.matcher(s.sql()).find())
                    .toList();
        }

        /** The SQL texts, for assertion messages. */
        public String describe() {
            return statements.stream().map(Statement::sql).collect(Collectors.joining("\n", "\n", "\n"));
        }
    }

    /** Code to record; may throw. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    // Per instance on purpose: each test context has its own counter, which must see only the statements of its
    // own DataSource; a static ThreadLocal would let one context's counter record another's on the same thread.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<List<Statement>> current = new ThreadLocal<>();

    public Recording record(Action action) {
        List<Statement> statements = new ArrayList<>();
        List<Statement> outer = current.get();
        current.set(statements);
        try {
            action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
        return new Recording(List.copyOf(statements));
    }

    void executed(ExecutionInfo execution, List<QueryInfo> queries) {
        List<Statement> statements = current.get();
        if (statements != null) {
            String sql = queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining("; "));
            statements.add(new Statement(sql, execution.isBatch() ? execution.getBatchSize() : 1));
        }
    }

    /** Wraps the application's {@link DataSource} so that every statement passes through the counter. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static SqlStatementCounter sqlStatementCounter() {
            return new SqlStatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(ObjectProvider<SqlStatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(beanName, dataSource)
                                .listener(new QueryExecutionListener() {
                                    @Override
                                    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

                                    @Override
                                    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                                        counter.getObject().executed(execution, queries);
                                    }
                                })
                                .build();
                    }
                    return bean;
                }
            };
        }
    }
}
