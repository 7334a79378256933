package dk.arkiv.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.arkiv.Arkiv;
import dk.arkiv.PreviewState;
import dk.arkiv.BuildRequest;
import dk.arkiv.content.Diagnostic;
import dk.arkiv.write.MemorySite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Serves the archive from memory on loopback, rebuilding and reloading as files change. */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/_arkiv/events";
    private static final byte[] RELOAD_SCRIPT = ("<script>new EventSource('" + EVENTS
            + "').addEventListener('reload',function(){location.reload()});</script>").getBytes(StandardCharsets.UTF_8);

    private final BuildRequest request;
    private final MemorySite site = new MemorySite();
    private final PreviewState state = new PreviewState();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private static final int KEEP_ALIVE_SECONDS = 5;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "arkiv-preview-keep-alive");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<String> log;
    private volatile List<Diagnostic> errors = List.of();
    private volatile ChangeWatcher watching;

    /** One build's outcome, for the command line and for tests. */
    public record Rebuild(boolean succeeded, int pages, int rendered, long millis, List<Diagnostic> diagnostics) {
    }

    public PreviewServer(BuildRequest request, String host, int port, Consumer<String> log) throws IOException {
        this.request = request;
        this.log = log;
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public void start() {
        server.start();
        keepAlive.scheduleWithFixedDelay(() -> broadcast(": \n\n"), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Builds what changed since the last build and tells open pages to reload. */
    public synchronized Rebuild rebuild(boolean templatesChanged) {
        long start = System.nanoTime();
        BuildRequest now = new BuildRequest(request.content(), request.templates(), request.out(),
                Optional.of("http://127.0.0.1:" + port() + "/"), true, LocalDateTime.now());
        Arkiv.Preview preview = new Arkiv().preview(now, site, state, templatesChanged);
        List<Diagnostic> diagnostics = preview.result().diagnostics();
        errors = preview.result().succeeded() ? List.of() : diagnostics;
        long millis = (System.nanoTime() - start) / 1_000_000;
        notifyReload();
        return new Rebuild(preview.result().succeeded(), preview.result().pages(), preview.rendered(), millis,
                diagnostics);
    }

    private void notifyReload() {
        broadcast("event: reload\ndata: 1\n\n");
    }

    private void handle(HttpExchange exchange) throws IOException {
        // An event stream stays open after the handler returns; it is closed when it fails or at close().
        if (EVENTS.equals(exchange.getRequestURI().getRawPath()) && exchange.getRequestMethod().equals("GET")) {
            listen(exchange);
            return;
        }
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            Optional<String> path = RequestPaths.sitePath(raw);
            if (path.isPresent() && !errors.isEmpty() && path.get().endsWith(".html")) {
                send(exchange, 500, "text/html; charset=utf-8", withReload(ErrorPage.html(errors)
                        .getBytes(StandardCharsets.UTF_8)));
                return;
            }
            Optional<byte[]> file = path.flatMap(site::file)
                    .or(() -> path.filter(p -> !p.contains(".")).flatMap(p -> site.file(p + "/index.html")));
            if (file.isPresent()) {
                String type = RequestPaths.contentType(path.get().contains(".") ? path.get() : "x.html");
                send(exchange, 200, type, type.startsWith("text/html") ? withReload(file.get()) : file.get());
            } else {
                byte[] notFound = site.file("404.html").orElse("Siden findes ikke".getBytes(StandardCharsets.UTF_8));
                send(exchange, 404, "text/html; charset=utf-8", withReload(notFound));
            }
        }
    }

    /**
     * Server-sent events: the connection stays open and receives "reload" after each build. It holds
     * no thread while open; a comment every few seconds finds the connections browsers have closed.
     */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
    }

    /** Writes the event to every open stream, dropping those that fail. */
    private void broadcast(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(bytes);
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
                closeQuietly(listener);
            }
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // The browser has gone already.
        }
    }

    /** The reload script goes into pages served here only, never into built sites. */
    private static byte[] withReload(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        String script = new String(RELOAD_SCRIPT, StandardCharsets.UTF_8);
        String result = end < 0 ? text + script : text.substring(0, end) + script + text.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        try {
            if (watching != null) {
                watching.close();
            }
        } catch (IOException ignored) {
            // Stopping: nothing more to watch.
        }
        keepAlive.shutdownNow();
        listeners.forEach(PreviewServer::closeQuietly);
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }

    /** Rebuilds whenever content or templates change, on a background thread, until closed. */
    public void watch() throws IOException {
        ChangeWatcher watcher = new ChangeWatcher(List.of(request.content(), request.templates()), request.templates());
        watching = watcher;
        Thread thread = new Thread(() -> watcher.run(templatesChanged -> log.accept(describe(rebuild(templatesChanged)))),
                "arkiv-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** One line about a build, for the terminal. */
    public static String describe(Rebuild rebuild) {
        if (!rebuild.succeeded()) {
            long errors = rebuild.diagnostics().stream().filter(Diagnostic::isError).count();
            return errors + (errors == 1 ? " error" : " errors") + "; the browser shows them until they are fixed";
        }
        return "Built " + rebuild.pages() + " pages (" + rebuild.rendered() + " rendered) in " + rebuild.millis() + " ms";
    }
}
