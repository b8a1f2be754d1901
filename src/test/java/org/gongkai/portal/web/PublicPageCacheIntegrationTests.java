package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A publication on a county whose pages are all in the render cache evicts only what it changes: the fronts of
 * the listings, the home pages, the feeds and the unit pages of its issuer; every record page and every deeper
 * listing page stays. A withdrawal takes the record's own page and the pages listing it out at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class PublicPageCacheIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicPageCache cache;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    @Test
    void onePublicationLeavesNineTenthsOfAWarmCacheInPlace() throws Exception {
        // warm: every record page, every unit page and feed, and the site listing page by page to its end
        for (String record : all(Pattern.compile("<loc>http://[^/]+(/information/[^<]+)</loc>"), get("/sitemap.xml"))) {
            get(record);
        }
        for (String unit : all(Pattern.compile("href=\"(/openness/units/\\d+)\""), get("/openness"))) {
            get(unit);
            get(unit.replace("/openness/units/", "/feeds/units/") + ".atom");
        }
        get("/feeds/information.atom");
        // and the filtered listings a crawler follows: by topic, and each of a unit's columns
        String openness = get("/openness");
        for (String topic : all(Pattern.compile("href=\"(/openness/information\\?topic=\\d+)\""), openness)) {
            get(topic);
        }
        long unit = organizationId("示范县民政局");
        for (String column : all(
                Pattern.compile("href=\"(/openness/information\\?organizationId=\\d+&amp;column=\\w+)\""),
                get("/openness/units/" + unit))) {
            get(column);
        }
        String listing = get("/openness/information");
        for (int i = 0; i < 100; i++) {
            List<String> next = all(Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\""), listing);
            if (next.isEmpty()) {
                break;
            }
            listing = get(next.get(0));
        }
        long warm = cache.size();
        assertThat(warm).isGreaterThan(150);

        actAs("mz_editor");
        long id = editing.create(
                unit,
                InformationDrafts.draft("关于调整城乡低保标准的通知（缓存）")
                        .type(DocumentType.NOTICE)
                        .keywords("低保")
                        .summary("低保标准")
                        .body("正文")
                        .build());
        editing.submit(id, editing.record(id).lockVersion());
        actAs("mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("mz_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, "同意", null);

        long kept = cache.size();
        assertThat((double) kept / warm).as("%d of %d pages kept", kept, warm).isGreaterThanOrEqualTo(0.9);
        String number = editing.record(id).indexNumber();
        assertThat(get("/openness/information")).contains(number);
        assertThat(get("/openness/units/" + unit)).contains("关于调整城乡低保标准的通知（缓存）");
        // the filtered listings it is on show it at once (17 社会保障 > 1703; 第二十条第十一项)
        assertThat(get("/openness/information?topic=17")).contains(number);
        assertThat(get("/openness/information?organizationId=" + unit + "&column=A20_11"))
                .contains(number);

        // a withdrawal is gone from its page and from the listing at once
        get("/information/" + number);
        review.withdraw(id, editing.record(id).lockVersion(), "标准尚未批准");
        HttpResponse<String> gone = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/information/" + number))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(get("/openness/information")).doesNotContain(number);
    }
}
