package io.ledgerbridge.qbo.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A DataSource that tells a listener the text of every statement prepared through it (and {@code "(commit)"} for each
 * commit), for tests and benchmarks that count what a piece of work costs the database.
 */
public final class StatementTap {
    /** What a commit is reported as. */
    public static final String COMMIT = "(commit)";

    private StatementTap() {
    }

    /**
     * @param target the DataSource to watch
     * @param listener told of each statement's SQL text and each commit
     * @return the watched DataSource
     */
    public static DataSource wrap(DataSource target, Consumer<String> listener) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, args) -> {
                    Object result = invoke(m, target, args);
                    return m.getName().equals("getConnection") ? connection((Connection) result, listener) : result;
                });
    }

    private static Connection connection(Connection target, Consumer<String> listener) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, args) -> {
                    if ((m.getName().equals("prepareStatement") || m.getName().equals("prepareCall"))
                            && args != null && args[0] instanceof String sql) {
                        listener.accept(sql);
                    } else if (m.getName().equals("commit")) {
                        listener.accept(COMMIT);
                    }
                    return invoke(m, target, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
