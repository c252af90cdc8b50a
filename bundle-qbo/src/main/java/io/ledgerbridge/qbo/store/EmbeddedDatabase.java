package io.ledgerbridge.qbo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file database used when the host gives the connector no database. It lives in the data directory
 * and survives restarts. A small connection pool keeps the intake fast.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final JdbcConnectionPool pool;

    private EmbeddedDatabase(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * @param directory the data directory (created when missing)
     * @return the opened database
     */
    public static EmbeddedDatabase open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new io.ledgerbridge.api.LedgerBridgeException(
                    "Cannot create the LedgerBridge data directory " + directory + ": " + e.getMessage(),
                    "set data.directory to a folder the host may write", e);
        }
        // WRITE_DELAY=0: a commit reaches the file before it returns. H2's default (writes gathered for up to a second)
        // loses transactions already committed when the process is killed: host events the connector had accepted.
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("ledgerbridge-qbo")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        return new EmbeddedDatabase(JdbcConnectionPool.create(url, "sa", ""));
    }

    /** @return the database */
    public DataSource dataSource() {
        return pool;
    }

    /** Closes the pool's connections; H2 closes the database with its last connection (no SHUTDOWN needed). */
    @Override
    public void close() {
        pool.dispose();
    }
}
