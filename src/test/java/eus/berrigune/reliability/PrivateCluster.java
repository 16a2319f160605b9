package eus.berrigune.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the harness's own, on a spare port, so that restarting and crashing it disturbs nobody
 * else's tests on the machine's shared cluster (as .ci/run does for CI). Created empty, removed at the end.
 */
final class PrivateCluster implements AutoCloseable {

    final int port;
    private final Path dir;
    private final String bin;

    private PrivateCluster(int port, Path dir, String bin) {
        this.port = port;
        this.dir = dir;
        this.bin = bin;
    }

    static PrivateCluster start(int port) throws IOException {
        String bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.map(v -> v.resolve("bin")).filter(Files::isDirectory)
                    .max(Comparator.comparing(v -> Integer.parseInt(v.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed")).toString();
        }
        Path dir = Files.createTempDirectory("berrigune-reliability-pg.",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Shell.run(List.of("chown", "postgres", dir.toString()));
        PrivateCluster cluster = new PrivateCluster(port, dir, bin);
        Shell.asPostgres(bin + "/initdb -D '" + dir + "/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8", false);
        cluster.startServer();
        return cluster;
    }

    void startServer() {
        Shell.asPostgres(bin + "/pg_ctl -D '" + dir + "/data' -o '-p " + port + " -k " + dir
                + " -c listen_addresses=127.0.0.1' -l '" + dir + "/log' -w start", false);
    }

    /**
     * {@code pg_ctl restart -m fast}: clients are disconnected, the shutdown is clean. Returns when it accepts again.
     * (Always with {@code -l}: a postgres writing to pg_ctl's output would keep the harness's pipe open.)
     */
    void restartFast() {
        Shell.asPostgres(bin + "/pg_ctl -D '" + dir + "/data' -m fast -w restart -o '-p " + port + " -k " + dir
                + " -c listen_addresses=127.0.0.1' -l '" + dir + "/log'", false);
    }

    /** {@code pg_ctl stop -m immediate}: a crash (no checkpoint; recovery from the WAL at the next start). */
    void crash() {
        Shell.asPostgres(bin + "/pg_ctl -D '" + dir + "/data' -m immediate -w stop", false);
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** libpq connection string, for pg_dump, pg_restore and psql. */
    String conninfo(String database) {
        return "host=127.0.0.1 port=" + port + " dbname=" + database + " user=postgres";
    }

    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Whether the database accepts a connection and answers a query now. */
    boolean accepting(String database) {
        try (Connection c = connect(database)) {
            return c.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        Shell.asPostgres(bin + "/pg_ctl -D '" + dir + "/data' -m fast stop", true);
        Shell.run(List.of("rm", "-rf", dir.toString()), java.util.Map.of(), true);
    }
}
