package eus.berrigune.testdata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A direct connection to the integration-test server's database (the H2 file, shared with the server through H2's
 * automatic mixed mode, or PostgreSQL), for tests that change data behind the application's back.
 */
public final class Database {

    private Database() {}

    public static Connection connect() throws SQLException {
        if ("postgresql".equals(System.getProperty("it.db.kind"))) {
            return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                    System.getProperty("it.db.password", ""));
        }
        String url = System.getProperty("it.h2.url");
        if (url == null) {
            throw new IllegalStateException("it.h2.url is not set: run the integration tests through Maven");
        }
        // the same connection settings as liberty-config/datasource-h2.xml
        return DriverManager.getConnection(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", "");
    }
}
