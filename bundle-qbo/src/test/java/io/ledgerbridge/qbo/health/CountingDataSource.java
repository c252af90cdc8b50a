package io.ledgerbridge.qbo.health;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A DataSource that counts the statements prepared through it, to prove a read costs one query. */
final class CountingDataSource {
    private CountingDataSource() {
    }

    static DataSource wrap(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, args) -> {
                    Object result = invoke(m, target, args);
                    return m.getName().equals("getConnection") ? connection((Connection) result, statements) : result;
                });
    }

    private static Connection connection(Connection target, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, args) -> {
                    if (m.getName().equals("prepareStatement")) {
                        statements.incrementAndGet();
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
