package io.ledgerbridge.qbo.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource around the real one for tests of the polls: counts the SQL statements prepared through it, can throw
 * an {@link Error} at the next connection asked for (a poll meeting one), or hold the next connection until released
 * (a poll in the middle of its database work), noting whether the holding thread was interrupted.
 */
public final class WatchedDataSource implements DataSource {
    private final DataSource real;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicReference<Error> throwNext = new AtomicReference<>();
    private final AtomicReference<CountDownLatch> holdNext = new AtomicReference<>();
    private final CountDownLatch held = new CountDownLatch(1);
    private final AtomicBoolean interrupted = new AtomicBoolean();

    /** @param real the database */
    public WatchedDataSource(DataSource real) {
        this.real = real;
    }

    /** @return SQL statements prepared or created so far */
    public long statements() {
        return statements.get();
    }

    /** @return connections handed out so far */
    public long connections() {
        return connections.get();
    }

    /** @param error thrown by the next {@link #getConnection()}, once */
    public void throwAtNextConnection(Error error) {
        throwNext.set(error);
    }

    /**
     * @param release the next {@link #getConnection()} waits for it (ignoring interrupts, which it notes)
     * @return counted down when a thread is held
     */
    public CountDownLatch holdNextConnection(CountDownLatch release) {
        holdNext.set(release);
        return held;
    }

    /** @return whether a held thread was interrupted while it waited */
    public boolean heldThreadInterrupted() {
        return interrupted.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Error error = throwNext.getAndSet(null);
        if (error != null) {
            throw error;
        }
        CountDownLatch release = holdNext.getAndSet(null);
        if (release != null) {
            held.countDown();
            awaitIgnoringInterrupts(release);
        }
        connections.incrementAndGet();
        return counting(real.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    private Connection counting(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return real.isWrapperFor(iface);
    }
}
