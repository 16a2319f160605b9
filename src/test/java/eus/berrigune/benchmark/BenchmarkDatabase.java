package eus.berrigune.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The benchmark's own database: an H2 file or a PostgreSQL database, never the application's. The H2 URL gets the
 * same modes as {@code liberty-config/datasource-h2.xml}, so the server and the generator see the same database.
 *
 * @param kind h2 or postgresql
 * @param url JDBC URL (for H2 without the mode settings)
 * @param user user
 * @param password password
 */
record BenchmarkDatabase(String kind, String url, String user, String password) {

    static final String H2_MODES = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The configured benchmark database ({@code bench.db}: postgresql or h2). */
    static BenchmarkDatabase configured() {
        return System.getProperty("bench.db", "postgresql").equalsIgnoreCase("h2")
                ? of("h2", System.getProperty("bench.h2.url"), "sa", "")
                : postgres();
    }

    /** The PostgreSQL benchmark database (also used for the full-text comparison when the server runs on H2). */
    static BenchmarkDatabase postgres() {
        return of("postgresql", System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/berrigune_bench"),
                System.getProperty("bench.pg.user", "postgres"), System.getProperty("bench.pg.password", ""));
    }

    static BenchmarkDatabase of(String kind, String url, String user, String password) {
        return new BenchmarkDatabase(kind.toLowerCase(Locale.ROOT), url, user, password == null ? "" : password);
    }

    boolean isPostgres() {
        return kind.equals("postgresql");
    }

    String jdbcUrl() {
        return isPostgres() ? url : url + H2_MODES;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    String describe() {
        return kind + " " + url;
    }

    /** Creates the PostgreSQL database when missing (connecting to the server's maintenance database). */
    void ensureExists() throws SQLException {
        if (!isPostgres()) {
            return;
        }
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*$", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE " + name);
                    }
                }
            }
        }
    }

    /** Empties the benchmark database before a new catalogue is generated into it. */
    void dropEverything(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (isPostgres()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            } else {
                s.execute("DROP ALL OBJECTS");
            }
        }
    }
}
