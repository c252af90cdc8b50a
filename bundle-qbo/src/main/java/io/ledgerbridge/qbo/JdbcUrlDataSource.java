package io.ledgerbridge.qbo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.qbo.config.JdbcUrls;
import javax.sql.DataSource;

/**
 * A pooled DataSource for a configured JDBC URL. The driver's own DataSource class is instantiated directly (not
 * looked up through DriverManager, which sees no drivers inside OSGi) and pooled by HikariCP.
 */
final class JdbcUrlDataSource {
    private JdbcUrlDataSource() {
    }

    static DataSource of(String url, String user, String password) {
        DataSource raw;
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            if (user != null) {
                pg.setUser(user);
            }
            if (password != null) {
                pg.setPassword(password);
            }
            raw = pg;
        } else if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            raw = h2;
        } else {
            throw new InvalidInputException("jdbc.url", "'" + JdbcUrls.masked(url) + "' is not a PostgreSQL or H2 URL",
                    "use jdbc:postgresql://host:5432/db or jdbc:h2:file:/path, or leave it empty");
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(raw);
        hikari.setPoolName("ledgerbridge-qbo");
        hikari.setMaximumPoolSize(10);
        hikari.setMinimumIdle(1);
        return new HikariDataSource(hikari);
    }
}
