package dev.tvegate.registration.adapter.in.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.registration.adapter.in.rest.admin.dto.ApplicationRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.MvpdRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.ServiceProviderRequest;
import dev.tvegate.registration.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The shipped demo tenant loads through the use cases (so its data passes validation), is not loaded twice, and
 * leaves the demo application's software statement in the statement file. Ids get a unique suffix so the test never
 * collides with a real REF30 in the test database.
 */
@QuarkusTest
class DemoTenantLoaderTest {

    @Inject
    DemoTenantLoader loader;
    @Inject
    ObjectMapper mapper;

    @Test
    void loadsTheDemoTenantOnceAndWritesTheSoftwareStatement() throws Exception {
        String suffix = "_" + UUID.randomUUID().toString().substring(0, 8);
        DemoTenant tenant = renamed(DemoTenantLoader.read(mapper), id -> id + suffix);
        String sp = "REF30" + suffix;
        Path statementFile = Files.createTempDirectory("demo").resolve("nested/statement.jwt");

        loader.load(tenant, statementFile);

        String admin = TestAuth.bearer(TestAuth.adminToken());
        given().header("Authorization", admin).get("/admin/v1/service-providers/{id}", sp).then().statusCode(200)
                .body("name", equalTo("Reference site"))
                .body("domains", equalTo(List.of("adobe.com", "tvegate.local", "localhost")));
        JsonPath internal = given().header("Authorization", TestAuth.bearer(TestAuth.internalToken()))
                .get("/internal/v1/service-providers/{sp}/configuration", sp).then().statusCode(200).extract()
                .jsonPath();
        String sandbox = "integrations.find { it.mvpdId == 'Sandbox" + suffix + "' }";
        assertThat(internal.getLong(sandbox + ".authnTtlSeconds")).isEqualTo(30L * 86_400);
        assertThat(internal.getLong(sandbox + ".authzTtlSeconds")).isEqualTo(86_400);
        assertThat(internal.getString(sandbox + ".mvpd.endpoints.issuer")).isEqualTo("http://localhost:8090");
        assertThat(internal.getString(sandbox + ".mvpd.endpoints.clientId")).isEqualTo("tvegate");
        assertThat(internal.getString(sandbox + ".mvpd.endpoints.clientSecret")).isEqualTo("sandbox-secret");
        assertThat(internal.getList(sandbox + ".mvpd.endpoints.scopes")).containsExactly("openid", "profile");
        assertThat(internal.getString(sandbox + ".mvpd.endpoints.entitlementUrl"))
                .isEqualTo("http://localhost:8090/entitlements");
        String tempPass = "integrations.find { it.mvpdId == 'TempPass_TEST40" + suffix + "' }";
        assertThat(internal.getLong(tempPass + ".mvpd.tempPass.ttlSeconds")).isEqualTo(2400);
        assertThat(internal.getBoolean(tempPass + ".mvpd.isTempPass")).isTrue();

        String statement = Files.readString(statementFile).strip();
        String claims = new String(Base64.getUrlDecoder().decode(statement.split("\\.")[1]), StandardCharsets.UTF_8);
        List<String> appIds = given().header("Authorization", admin).get("/admin/v1/applications").then()
                .body("name", hasItem("TVE Gate demo app")).extract().jsonPath()
                .getList("findAll { it.serviceProviders.contains('" + sp + "') }.id");
        assertThat(appIds).hasSize(1);
        assertThat(claims).contains(appIds.get(0));

        Files.delete(statementFile);
        loader.load(tenant, statementFile);
        assertThat(given().header("Authorization", admin).get("/admin/v1/applications").then().extract().jsonPath()
                .getList("findAll { it.serviceProviders.contains('" + sp + "') }.id")).hasSize(1);
        assertThat(Files.readString(statementFile)).contains(".");
    }

    private static DemoTenant renamed(DemoTenant t, UnaryOperator<String> rename) {
        return new DemoTenant(
                t.serviceProviders().stream()
                        .map(sp -> new ServiceProviderRequest(rename.apply(sp.id()), sp.name(), sp.domains())).toList(),
                t.mvpds().stream().map(m -> new MvpdRequest(rename.apply(m.id()), m.displayName(), m.logoUrl(),
                        m.protocol(), m.endpoints(), m.tempPass())).toList(),
                t.integrations().stream().map(i -> new DemoTenant.DemoIntegration(rename.apply(i.serviceProvider()),
                        rename.apply(i.mvpd()), i.enabled(), i.authnTtlSeconds(), i.authzTtlSeconds(),
                        i.degradation(), i.degradationOnBreakerOpen(), i.preflightMaxResources(),
                        i.entitlementMode())).toList(),
                t.applications().stream().map(a -> new ApplicationRequest(a.name(), a.version(), a.platforms(),
                        a.serviceProviders().stream().map(rename).toList(), a.scopes(), a.domains())).toList());
    }
}
