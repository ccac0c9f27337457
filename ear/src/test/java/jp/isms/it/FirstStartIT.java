package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A production install (PostgreSQL, no demo data): one administrator whose initial password must
 * be changed before anything else; a user created by the administrator has the same obligation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1) // before every other test class (junit-platform.properties): they change the admin's password
class FirstStartIT extends AgainstTheApplication {

    @Test
    @Order(1)
    void theOnlyAccountIsAnAdministratorWhoMustChooseAPasswordFirst() {
        assumeTrue(Deployments.onPostgres(), "the embedded default starts with the demo company instead");
        Api initial = Api.as("admin", System.getProperty("it.admin.initial.password"));
        Api.Reply me = initial.get("/me");
        assertThat(me.status()).as("first test of the run, the initial password still works").isEqualTo(200);
        assertThat(me.body().get("mustChangePassword").asBoolean()).isTrue();
        Api.Reply blocked = initial.get("/admin/users");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.error()).isEqualTo("error.passwordChangeRequired");

        Api.Reply tooShort = initial.post("/me/password", Map.of("currentPassword", System.getProperty("it.admin.initial.password"),
                "newPassword", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.message()).contains("10");

        Api admin = Fixture.admin();
        Api.Reply users = admin.get("/admin/users");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).extracting(u -> u.get("username").asText()).contains("admin");
        Api reader = new Fixture().user("reader", "isms-office");
        assertThat(reader.get("/risk-assessments/RA-2026-01").status()).as("no demo data on PostgreSQL").isEqualTo(404);
    }

    @Test
    @Order(2)
    void aNewUserMustAlsoReplaceTheInitialPassword() {
        Fixture fixture = new Fixture();
        String username = "newbie-" + fixture.suffix;
        Api admin = Fixture.admin();
        assertThat(admin.post("/admin/users", Map.of("username", username, "displayName", "新人", "roles",
                java.util.List.of("isms-office"), "initialPassword", "Temporary-Pass-1")).status()).isEqualTo(201);
        Api newbie = Api.as(username, "Temporary-Pass-1");
        assertThat(newbie.get("/tasks").status()).isEqualTo(403);
        assertThat(newbie.post("/me/password", Map.of("currentPassword", "Temporary-Pass-1", "newPassword", "Own-Password-123"))
                .status()).isEqualTo(204);
        assertThat(Api.as(username, "Own-Password-123").get("/tasks").status()).isEqualTo(200);
        Api.Reply duplicate = admin.post("/admin/users", Map.of("username", username, "displayName", "x", "roles",
                java.util.List.of("employee"), "initialPassword", "Temporary-Pass-1"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(newbie.get("/admin/users").status()).isIn(401, 403);
    }
}
