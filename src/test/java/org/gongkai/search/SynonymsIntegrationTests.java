package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 14 §1: people search 低保 and the records say 最低生活保障. The shipped dictionary of short forms makes the
 * portal and the API find them; the supervising office edits the dictionary, every change audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class SynonymsIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Synonyms synonyms;

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aShortFormFindsTheRecordsThatUseTheFullOne() throws Exception {
        assertThat(synonyms.expand("2026年低保标准")).containsExactly("2026年 最低生活保障 标准");
        assertThat(synonyms.expand("两癌筛查项目"))
                .as("the longest term, not 两癌 inside it")
                .containsExactly("宫颈癌 乳腺癌 筛查 项目");
        assertThat(synonyms.expand("森林防火")).isEmpty();

        var titles =
                Jsoup.parse(get("/search?q=" + q("低保"))).select("main ol li a").eachText();
        assertThat(titles).isNotEmpty().anySatisfy(t -> assertThat(t).contains("最低生活保障"));
        assertThat(get("/api/v1/search?q=" + q("低保"))).contains("最低生活保障");
    }

    @Test
    void theSupervisingOfficeEditsTheDictionary() throws Exception {
        actAs("gkb");
        assertThat(Jsoup.parse(get("/search?q=" + q("婚登"))).select("main ol li"))
                .isEmpty();
        synonyms.save(null, " 婚登 ", "婚姻登记；结婚 登记", null);
        var titles =
                Jsoup.parse(get("/search?q=" + q("婚登"))).select("main ol li a").eachText();
        assertThat(titles).isNotEmpty().anySatisfy(t -> assertThat(t).contains("婚姻登记"));
        Synonyms.Entry entry = synonyms.all().stream()
                .filter(e -> e.term().equals("婚登"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.expansions()).isEqualTo("婚姻登记；结婚 登记");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SEARCH_SYNONYM_SAVE' and target = ?")
                        .param("synonym:婚登")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> synonyms.save(null, "婚登", "婚姻", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已有“婚登”");
        assertThatThrownBy(() -> synonyms.save(null, "两 个", " ；", null))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(e.errors()).containsOnlyKeys("term", "expansions"));
        assertThatThrownBy(() -> synonyms.save(entry.id(), "婚登", "婚姻", entry.version() + 5))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");

        actAs("mz_editor");
        assertThatThrownBy(() -> synonyms.save(null, "医改", "医药卫生体制改革", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> synonyms.delete(entry.id(), entry.version()))
                .isInstanceOf(AccessDeniedException.class);

        actAs("gkb");
        synonyms.delete(entry.id(), entry.version());
        assertThat(synonyms.expand("婚登")).isEmpty();
    }
}
