package dk.arkiv.cli;

import dk.arkiv.BuildRequest;
import dk.arkiv.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arkiv serve}: a live preview of the archive on this computer. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a live preview on http://127.0.0.1:PORT/: the site is rebuilt when content or"
                + " templates change, the open page reloads, and errors are shown in the browser.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--content", paramLabel = "DIR", description = "the archive (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "templates and assets (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--port", paramLabel = "PORT", description = "the port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        BuildRequest request = new BuildRequest(content, templates, Path.of("site-output"), Optional.empty(), true,
                LocalDateTime.now());
        try (PreviewServer server = new PreviewServer(request, host, port, line -> {
            if (!verbosity.quiet) {
                out.println(line);
            }
        })) {
            server.start();
            String first = PreviewServer.describe(server.rebuild(true));
            if (!verbosity.quiet) {
                out.println(first);
                out.println("Serving http://" + host + ":" + server.port() + "/ (press Ctrl-C to stop)");
            }
            server.watch();
            new CountDownLatch(1).await();
        }
        return Main.OK;
    }
}
