package dev.tvegate.systemtests.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local PostgreSQL and Redis the services run against (BUILD.md: no Docker here), plus free ports.
 */
public final class LocalInfra {

    public static final String PG_HOST = "127.0.0.1";
    public static final int PG_PORT = 5432;
    public static final String REDIS_HOST = "127.0.0.1";
    public static final int REDIS_PORT = 6379;

    private LocalInfra() {
    }

    /** @return a TCP port that was free a moment ago on loopback */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** Fails with one clear line when PostgreSQL or Redis is not listening. */
    public static void requireRunning() {
        StringBuilder missing = new StringBuilder();
        if (!listening(PG_HOST, PG_PORT)) {
            missing.append(" PostgreSQL on ").append(PG_HOST).append(':').append(PG_PORT);
        }
        if (!listening(REDIS_HOST, REDIS_PORT)) {
            missing.append(" Redis on ").append(REDIS_HOST).append(':').append(REDIS_PORT);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The system tests need" + missing
                    + ": start them (README 'Run the tests', or .ci/run)");
        }
    }

    private static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Creates the database (owner {@code tvegate}) when it is missing. The role {@code tvegate} may lack CREATEDB, so
     * this connects as {@code postgres} (trust auth on loopback), falling back to {@code tvegate}.
     */
    public static void ensureDatabase(String database) {
        SQLException last = null;
        for (String user : new String[] { "postgres", "tvegate" }) {
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres", user, "")) {
                try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    q.setString(1, database);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            return;
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = 'tvegate'")) {
                        if (!rs.next()) {
                            s.execute("create role tvegate login");
                        }
                    }
                    s.execute("create database " + database + " owner tvegate");
                    System.out.println("[system-tests] created database " + database);
                    return;
                }
            } catch (SQLException e) {
                last = e;
            }
        }
        throw new IllegalStateException("cannot make sure database " + database + " exists: " + last, last);
    }

    /**
     * Sends one command to Redis logical database {@code db} (RESP over a socket: no client library needed for the
     * few keys the tests touch).
     *
     * @return the reply as text ({@code :1}, {@code +OK}, {@code $-1} …)
     */
    public static String redis(int db, String... command) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, REDIS_PORT), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(resp("SELECT", Integer.toString(db)));
            out.write(resp(command));
            out.flush();
            String select = line(in);
            if (!select.startsWith("+OK")) {
                throw new IllegalStateException("Redis SELECT " + db + ": " + select);
            }
            return line(in);
        } catch (IOException e) {
            throw new IllegalStateException("Redis command failed: " + e, e);
        }
    }

    private static byte[] resp(String... parts) {
        StringBuilder b = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String p : parts) {
            b.append('$').append(p.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(p).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
