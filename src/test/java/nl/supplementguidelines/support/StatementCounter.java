package nl.supplementguidelines.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the application asks of the database at the JDBC level, whatever asks it (JdbcClient, JdbcTemplate,
 * Flyway, a transaction manager): the DataSource bean is wrapped in a proxy that counts the connections taken, the
 * transactions begun (auto-commit switched off) and every statement executed. The counts are kept per thread, and
 * apart for the threads serving an HTTP request, so that a test counts what its own calls or requests cost and not the
 * background jobs of the same context. A thread serves a request while {@link RequestThreads}' filter, the first of
 * all ({@link Ordered#HIGHEST_PRECEDENCE}), runs: so the project's own filters count too, which run before Spring sets
 * its request attributes (order -105) and would be missed by a test of those.
 */
@Import(StatementCounter.RequestThreads.class)
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate",
            "executeLargeBatch");

    private static final Counts REQUESTS = new Counts();

    private static final Map<Thread, Counts> BY_THREAD = new ConcurrentHashMap<>();

    /** Set while the thread is inside the request filter chain (a depth: an error dispatch runs inside the request's). */
    private static final ThreadLocal<int[]> SERVING = ThreadLocal.withInitial(() -> new int[1]);

    /** What was asked since the last {@link #reset()}. */
    public record Snapshot(long connections, long transactions, long statements) {
    }

    /** What the threads serving HTTP requests asked since the last {@link #reset()}. */
    public static Snapshot ofRequests() {
        return REQUESTS.snapshot();
    }

    /** What the calling thread asked since the last {@link #reset()}. */
    public static Snapshot ofThisThread() {
        return BY_THREAD.computeIfAbsent(Thread.currentThread(), thread -> new Counts()).snapshot();
    }

    public static void reset() {
        REQUESTS.clear();
        BY_THREAD.clear();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                if (method.getName().equals("getConnection")) {
                    count(Counts::connections);
                    return proxy(Connection.class, (Connection) result, StatementCounter::onConnection);
                }
                return result;
            });
        }
        return bean;
    }

    private static Object onConnection(Connection connection, Method method, Object[] args) throws Throwable {
        Object result = invoke(connection, method, args);
        String name = method.getName();
        if (name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
            count(Counts::transactions);
        }
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement, StatementCounter::onStatement);
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, StatementCounter::onStatement);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, StatementCounter::onStatement);
        }
        return result;
    }

    private static Object onStatement(Statement statement, Method method, Object[] args) throws Throwable {
        if (EXECUTIONS.contains(method.getName())) {
            count(Counts::statements);
        }
        return invoke(statement, method, args);
    }

    private static void count(java.util.function.Function<Counts, AtomicLong> counter) {
        counter.apply(BY_THREAD.computeIfAbsent(Thread.currentThread(), thread -> new Counts())).incrementAndGet();
        if (SERVING.get()[0] > 0) {
            counter.apply(REQUESTS).incrementAndGet();
        }
    }

    /**
     * The filter that marks a thread as serving a request, registered for every dispatch. It ties at the highest
     * precedence with the request id filter ({@code WebFilters.REQUEST_ID_ORDER}), which sets a header and asks the
     * database nothing.
     */
    @Configuration(proxyBeanMethods = false)
    static class RequestThreads {

        @Bean
        static FilterRegistrationBean<Filter> statementCounterRequestThreads() {
            Filter mark = (request, response, chain) -> {
                int[] depth = SERVING.get();
                depth[0]++;
                try {
                    chain.doFilter(request, response);
                } finally {
                    depth[0]--;
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(mark);
            registration.setName("statementCounterRequestThreads");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
            return registration;
        }
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            // A proxy is itself, not its target: Spring compares DataSources and connections by equals.
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(proxy);
            }
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args == null ? new Object[0] : args);
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    private record Counts(AtomicLong connections, AtomicLong transactions, AtomicLong statements) {

        Counts() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong());
        }

        Snapshot snapshot() {
            return new Snapshot(connections.get(), transactions.get(), statements.get());
        }

        void clear() {
            connections.set(0);
            transactions.set(0);
            statements.set(0);
        }
    }
}
