package dk.arkiv.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.BuildRequest;
import dk.arkiv.TestSites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server on a free port of loopback, with a content directory of its own. */
class PreviewServerTest {
    @TempDir
    Path dir;
    Path content;
    Path meeting;
    PreviewServer server;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        content = TestSites.minimalContent(dir);
        meeting = content.resolve("meetings/nordjylland/2024-09-20.md");
        TestSites.write(meeting, TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY));
        TestSites.write(content.resolve("meetings/nordjylland/2024-10-20.md"),
                TestSites.minutes("2024-10-20", "", TestSites.MINUTES_BODY));
        BuildRequest request = new BuildRequest(content, TestSites.templates(), dir.resolve("unused"), Optional.empty(),
                true, TestSites.NOW);
        server = new PreviewServer(request, "127.0.0.1", 0, line -> { });
        server.start();
        assertThat(server.rebuild(true).succeeded()).isTrue();
        server.watch();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the page contains the text; the watcher rebuilds after the file system reports the change. */
    private String awaitPageContaining(String path, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(path).body();
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(50);
        }
        return body;
    }

    @Test
    void pagesAreServedWithTheirTypesAndTheReloadScript() throws Exception {
        HttpResponse<String> page = get("/nordjylland/2024-09-20/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("EventSource('/_arkiv/events')", "Status fra KlimaNord");
        assertThat(get("/assets/arkiv.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("/nordjylland/kalender.ics").headers().firstValue("Content-Type"))
                .contains("text/calendar; charset=utf-8");
        assertThat(get("/findes/ikke/").statusCode()).isEqualTo(404);
    }

    @Test
    void anEditedMeetingIsShownAfterSavingAndOnlyItsPagesAreRendered() throws Exception {
        Files.writeString(meeting, Files.readString(meeting).replace("Taget til efterretning.", "Godkendt med ændringer."));
        String page = awaitPageContaining("/nordjylland/2024-09-20/2-1/", "Godkendt med ændringer.");
        assertThat(page).contains("Godkendt med ændringer.");
        PreviewServer.Rebuild again = server.rebuild(false);
        assertThat(again.rendered()).isZero();
        Files.writeString(meeting, Files.readString(meeting).replace("Godkendt med ændringer.", "Godkendt."));
        awaitPageContaining("/nordjylland/2024-09-20/2-1/", "Godkendt.</p>");
        assertThat(get("/nordjylland/2024-10-20/2-1/").body()).contains("Taget til efterretning.");
    }

    @Test
    void theSearchIndexAndOpenDataAreMadeWhenAskedForFromTheLatestSave() throws Exception {
        String meetingData = "/data/meetings/nordjylland/2024-09-20.json";
        assertThat(get(meetingData).body()).contains("Taget til efterretning.");
        assertThat(get("/soeg/indeks/opdeling.json").statusCode()).isEqualTo(200);
        String dictionary = get("/soeg/indeks/ord/0.json").body();
        assertThat(dictionary).doesNotContain("\"vindmoellepark");

        Files.writeString(meeting, Files.readString(meeting).replace("Taget til efterretning.", "Vindmoelleparker godkendt."));
        awaitPageContaining("/nordjylland/2024-09-20/2-1/", "Vindmoelleparker godkendt.");
        // The page is served as soon as it is rendered, before its build ends; until then the data
        // are the previous build's. A rebuild waits for the watcher's build to end.
        server.rebuild(false);
        assertThat(get(meetingData).body()).contains("Vindmoelleparker godkendt.").doesNotContain("Taget til efterretning.");
        assertThat(get("/soeg/indeks/ord/0.json").body()).contains("\"vindmoellepark");
        assertThat(get("/data/archive.json").body()).contains("Vindmoelleparker godkendt.");
    }

    @Test
    void contentErrorsAreShownInTheBrowserUntilFixed() throws Exception {
        String valid = Files.readString(meeting);
        Files.writeString(meeting, valid.replace("party: A, municipality: Aalborg", "party: Q, municipality: Aalborg"));
        String page = awaitPageContaining("/", "Fejl i indholdet");
        assertThat(page).contains("2024-09-20.md:8", "unknown party &#39;Q&#39;".replace("&#39;", "'"));
        assertThat(get("/").statusCode()).isEqualTo(500);
        Files.writeString(meeting, valid);
        assertThat(awaitPageContaining("/", "Testarkiv")).doesNotContain("Fejl i indholdet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%252e%252e/pom.xml",
        "/assets/../../content/site.yaml", "/..\\..\\etc\\passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
        "//etc/passwd", "/./index.html", "/%00/index.html"})
    void pathsThatLeaveTheSiteAreNotFound(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(status).matches("HTTP/1.1 (400|404) .*");
        }
    }

    @Test
    void twoHundredConcurrentRequestsAreAllAnswered() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? "/nordjylland/2024-09-20/" : "/assets/arkiv.css";
            responses.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        assertThat(responses).allSatisfy(r -> assertThat(r.get().statusCode()).isEqualTo(200));
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void openPagesHearAReloadAfterABuild() throws Exception {
        HttpRequest events = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/_arkiv/events"))
                .build();
        HttpResponse<java.io.InputStream> stream = client.send(events, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).contains("text/event-stream");
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertThat(reader.readLine()).isEqualTo(": connected");
        server.rebuild(false);
        String line;
        do {
            line = reader.readLine();
        } while (line != null && !line.startsWith("event:"));
        assertThat(line).isEqualTo("event: reload");
        stream.body().close();
    }
}
