package dev.tvegate.registration.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations bring an empty database up by themselves: they are applied to a fresh, empty schema of the
 * test database (the role may not create databases), then applied again (nothing to do), and the schema is dropped.
 */
@QuarkusTest
class MigrationTest {

    @Inject
    DataSource dataSource;

    @Test
    void migrationsCreateTheWholeSchemaFromNothingAndAreIdempotent() throws SQLException {
        String schema = "migration_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration").load();
            MigrateResult first = flyway.migrate();
            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
            assertThat(tables(schema)).contains("service_provider", "mvpd", "integration", "registered_application",
                    "dcr_client", "flyway_schema_history");

            assertThat(flyway.migrate().migrationsExecuted).isZero();
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();

            // the schema enforces what the adapters rely on: cascades from service providers and applications
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                s.execute("insert into service_provider(id, name) values ('REF30', 'Reference')");
                s.execute("insert into mvpd(id, display_name, protocol) values ('Sandbox', 'Sandbox', 'oidc')");
                s.execute("insert into integration(service_provider_id, mvpd_id, authn_ttl_seconds, authz_ttl_seconds)"
                        + " values ('REF30', 'Sandbox', 60, 60)");
                s.execute("insert into registered_application(id, name, version) values ('app', 'App', '1')");
                s.execute("insert into dcr_client(client_id, secret_hash, application_id) values ('c', 'h', 'app')");
                s.execute("delete from service_provider where id = 'REF30'");
                s.execute("delete from registered_application where id = 'app'");
                assertThat(count(s, "integration")).isZero();
                assertThat(count(s, "dcr_client")).isZero();
            }
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
        assertThat(tables(schema)).isEmpty();
    }

    private List<String> tables(String schema) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select table_name from information_schema.tables where table_schema = ? order by 1")) {
            ps.setString(1, schema);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
