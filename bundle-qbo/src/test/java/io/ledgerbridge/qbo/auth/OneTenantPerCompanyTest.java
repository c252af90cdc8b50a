package io.ledgerbridge.qbo.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.testing.TestPostgres;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One QuickBooks company belongs to one tenant, and the database says so: two tenants connecting the same company at
 * the same moment both pass the early check (neither is connected yet when the other looks), and the unique
 * constraint on the connected company refuses the second write with the connection's own words, not an SQL error.
 * On H2 and on PostgreSQL (the latter needs it on 127.0.0.1:5432).
 */
class OneTenantPerCompanyTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final String REALM = "4620816365";

    @TempDir
    Path dir;

    @Test
    void theSecondOfTwoTenantsConnectingOneCompanyAtOnceIsRefusedOnH2() throws Exception {
        JdbcConnectionPool pool = TestDatabases.h2(dir);
        try {
            raceForOneCompany(pool);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void theSecondOfTwoTenantsConnectingOneCompanyAtOnceIsRefusedOnPostgres() throws Exception {
        PGSimpleDataSource pg = TestPostgres.freshSchema("auth");
        try {
            raceForOneCompany(pg);
        } finally {
            TestDatabases.drop(pg);
        }
    }

    private void raceForOneCompany(DataSource dataSource) throws Exception {
        FakeIntuit intuit = new FakeIntuit();
        intuit.companies.put(REALM, new CompanyFacts("Maple Sweets Ltd", "CA", "CAD", true, false,
                LocalDate.parse("2025-12-31")));
        AtomicReference<Rig> rig = new AtomicReference<>();
        AtomicBoolean raced = new AtomicBoolean();
        // Reading the company happens after the early check and before the write: Globex completes its connect of
        // the same company right then, as a second administrator on another node would.
        CompanyReader racing = (realm, tokens) -> {
            if (!raced.getAndSet(true)) {
                rig.get().connect(intuit, GLOBEX, realm);
            }
            return intuit.read(realm, tokens);
        };
        TokenCipher cipher = new TokenCipher(new TokenKeys(new SecureRandom()).derive("secret"), new SecureRandom());
        try (Database db = new Database(dataSource, null)) {
            rig.set(new Rig(db, Rig.config(Map.of()), new MutableClock(Instant.parse("2026-03-02T09:00:00Z")),
                    cipher, intuit, racing));

            assertThatThrownBy(() -> rig.get().connect(intuit, ACME, REALM))
                    .isInstanceOf(LedgerBridgeException.class)
                    .hasMessage("QuickBooks connection refused: this QuickBooks company (realm " + REALM
                            + ") is already connected to another organisation")
                    .satisfies(e -> assertThat(((LedgerBridgeException) e).remedy())
                            .contains("choose another company").contains("Settings → Integrations → QuickBooks")
                            .doesNotContain("globex"));

            assertThat(rig.get().service.tenantForRealm(REALM)).contains(GLOBEX);
            assertThat(rig.get().service.status(GLOBEX).state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(rig.get().service.status(ACME).state()).isEqualTo(ConnectionState.DISCONNECTED);
            assertThat(intuit.revoked).as("Acme's unused grant is given back to Intuit").hasSize(1);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*) FROM qbo_token WHERE tenant_id = 'acme'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("no token of Acme at rest").isZero();
            }

            // The remedy works: once Globex disconnects, the company is free for Acme.
            rig.get().service.disconnect(GLOBEX);
            assertThat(rig.get().connect(intuit, ACME, REALM).state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(rig.get().service.tenantForRealm(REALM)).contains(ACME);
        }
    }
}
