package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The controls catalogue is loaded from the repository's reference data when the server starts. */
class ControlCatalogueIT extends AgainstTheApplication {

    @Test
    void annexAHas93ControlsInTheReadersLanguageWithTheir2013Sources() {
        Api reader = new Fixture().user("reader", "employee");
        Api.Reply all = reader.get("/controls");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).hasSize(93);
        assertThat(all.body().get(0).get("id").asText()).isEqualTo("5.1");
        assertThat(all.body().get(0).get("title").asText()).isEqualTo("情報セキュリティのための方針群");
        List<String> newOnes = new ArrayList<>();
        for (JsonNode c : all.body()) {
            if (c.get("ids2013").isEmpty()) {
                newOnes.add(c.get("id").asText());
            }
        }
        assertThat(newOnes).containsExactlyInAnyOrder("5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12",
                "8.16", "8.23", "8.28");

        assertThat(reader.get("/controls?theme=people").body()).hasSize(8);
        assertThat(reader.get("/controls/from-2013/A.12.6.1").body().get("id").asText()).isEqualTo("8.8");
        assertThat(reader.get("/controls/9.99").status()).isEqualTo(404);
        Api.Reply badTheme = reader.get("/controls?theme=cosmic");
        assertThat(badTheme.status()).isEqualTo(400);
        assertThat(badTheme.message()).contains("cosmic");

        Api.Reply clauses = reader.get("/controls/clauses");
        assertThat(clauses.body().get(0).get("id").asText()).isEqualTo("4.1");
        assertThat(clauses.body().get(clauses.body().size() - 1).get("id").asText()).isEqualTo("10.2");

        assertThat(reader.put("/me/language", java.util.Map.of("language", "en")).status()).isEqualTo(204);
        assertThat(reader.get("/controls/5.1").body().get("title").asText()).isEqualTo("Policies for information security");
        assertThat(Api.anonymous().get("/controls").status()).isEqualTo(401);
    }
}
