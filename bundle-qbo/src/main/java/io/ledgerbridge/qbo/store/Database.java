package io.ledgerbridge.qbo.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The connector's database: the DataSource (for the few hot paths written in plain SQL, such as the intake) and a
 * Jakarta Persistence unit over it (EclipseLink, created directly so it works in OSGi and on a plain class path).
 * Upgrades the schema before anything else touches it. One per connector instance.
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final EntityManagerFactory emf;
    private final boolean postgres;
    private final AutoCloseable onClose;

    /**
     * @param dataSource the database
     * @param onClose what to close with it (an embedded database), or {@code null}
     */
    public Database(DataSource dataSource, AutoCloseable onClose) {
        this.dataSource = dataSource;
        this.onClose = onClose;
        new SchemaMigrator(dataSource).migrate();
        this.postgres = Jdbc.isPostgres(dataSource);
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.WEAVING, "false");
        // EclipseLink shares one deployment per session name across the JVM; two connector instances (a restart, or
        // two nodes in one test) must never share, or closing one closes the other's.
        props.put(PersistenceUnitProperties.SESSION_NAME, "ledgerbridge-qbo-" + java.util.UUID.randomUUID());
        // Several nodes may share the database: never trust a cached row over the database's.
        props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        props.put(PersistenceUnitProperties.TARGET_DATABASE, postgres
                ? "org.eclipse.persistence.platform.database.PostgreSQLPlatform"
                : "org.eclipse.persistence.platform.database.H2Platform");
        this.emf = new PersistenceProvider().createEntityManagerFactory("ledgerbridge-qbo", props);
        if (emf == null) {
            throw new IllegalStateException("EclipseLink found no persistence unit 'ledgerbridge-qbo'");
        }
    }

    /** @return the raw DataSource */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return whether the database is PostgreSQL (else H2) */
    public boolean isPostgres() {
        return postgres;
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param work the work
     * @param <T> its result
     * @return the result
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * Reads without a transaction of its own.
     *
     * @param work the reading
     * @param <T> its result
     * @return the result
     */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /**
     * @param failure what a write threw (a persistence exception wraps the driver's)
     * @return whether the database refused it for a constraint (SQLSTATE class 23: a unique key already taken)
     */
    public static boolean violatesConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && Jdbc.isConstraintViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        emf.close();
        if (onClose != null) {
            onClose.close();
        }
    }
}
