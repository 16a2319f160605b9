package eus.berrigune.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Before the cluster's servers start: a new, empty PostgreSQL database for them (the first server to start migrates
 * it). Arguments: the database's JDBC URL, user, password.
 */
public final class ClusterDatabase {

    private ClusterDatabase() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected database name: " + name);
        }
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection db = DriverManager.getConnection(server, args[1], args.length > 2 ? args[2] : "");
             Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
        System.out.println("Cluster database " + name + " created empty");
    }
}
