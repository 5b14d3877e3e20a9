package hostmonitor.testbackend;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import sun.misc.Signal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Launcher for a single-node Elasticsearch core node, used as a test backend.
 *
 * <pre>
 * java -Xms256m -Xmx512m -jar engine.jar --port 0 [--data DIR] [--log-level LEVEL] [--ignore-stdin]
 * </pre>
 *
 * Prints exactly one line on stdout, {@code READY http://127.0.0.1:<port>}, once HTTP is served;
 * all logging goes to stderr. Stops (exit 0) on SIGTERM/SIGINT or when stdin reaches EOF.
 *
 * <p>This class must not touch Netty, log4j or Elasticsearch classes before {@link #main} has set
 * the system properties those read in their static initialisers.
 */
public final class EsEngine {

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Path home;
    private final boolean deleteHomeOnExit;
    private Node node;
    private boolean stopped;

    private EsEngine(Path home, boolean deleteHomeOnExit) {
        this.home = home;
        this.deleteHomeOnExit = deleteHomeOnExit;
    }

    public static void main(String[] args) throws Exception {
        setJvmDefaults();

        // Keep the real stdout for the READY line; anything else that writes to System.out goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        String port = "0";
        String dataDir = null;
        String logLevel = "WARN";
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = args[++i];
                case "--data" -> dataDir = args[++i];
                case "--log-level" -> logLevel = args[++i];
                case "--ignore-stdin" -> watchStdin = false;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.err.println("usage: engine.jar [--port N] [--data DIR] [--log-level LEVEL] [--ignore-stdin]");
                    System.exit(2);
                }
            }
        }

        configureLogging(Level.toLevel(logLevel, Level.WARN));

        Path home = dataDir != null
            ? Files.createDirectories(Path.of(dataDir).toAbsolutePath())
            : Files.createTempDirectory("es-engine-");
        EsEngine engine = new EsEngine(home, dataDir == null);

        // SIGTERM/SIGINT: replace the JVM's default handlers (which exit with 143/130) so that a
        // requested stop closes the node and exits 0. The shutdown hook covers any other exit path.
        Signal.handle(new Signal("TERM"), s -> engine.requestStop());
        Signal.handle(new Signal("INT"), s -> engine.requestStop());
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "es-engine-shutdown"));
        if (watchStdin) {
            startStdinWatcher(engine);
        }

        int boundPort;
        try {
            boundPort = engine.start(port);
        } catch (Throwable t) {
            System.err.println("es-engine: node failed to start");
            t.printStackTrace(System.err);
            engine.stop();
            System.exit(1);
            return;
        }
        if (engine.stopRequested.getCount() > 0) { // no READY if told to stop while starting
            stdout.println("READY http://127.0.0.1:" + boundPort);
            stdout.flush();
        }

        engine.stopRequested.await();
        engine.stop();
        System.exit(0);
    }

    /**
     * The flags the Elasticsearch launcher passes on the java command line (server-cli
     * SystemJvmOptions). The harness passes only heap flags, so set them here, before any
     * Netty/log4j/ES class is loaded. An explicit -D on the command line still wins.
     */
    private static void setJvmDefaults() {
        Map<String, String> defaults = Map.ofEntries(
            Map.entry("io.netty.noUnsafe", "true"),
            Map.entry("io.netty.noKeySetOptimization", "true"),
            Map.entry("io.netty.recycler.maxCapacityPerThread", "0"),
            Map.entry("log4j.shutdownHookEnabled", "false"), // we shut log4j down ourselves, after the node
            Map.entry("log4j2.disable.jmx", "true"),
            Map.entry("log4j2.formatMsgNoLookups", "true"),
            Map.entry("java.locale.providers", "CLDR"),
            Map.entry("java.awt.headless", "true"),
            Map.entry("file.encoding", "UTF-8"),
            Map.entry("jna.nosys", "true"),
            Map.entry("es.networkaddress.cache.ttl", "60"),
            Map.entry("es.networkaddress.cache.negative.ttl", "10")
        );
        defaults.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
    }

    /**
     * Elasticsearch logs through log4j-core. Configure it directly (the distribution reads
     * config/log4j2.properties and redirects System.out into the log, neither of which we want):
     * one console appender on stderr at the given level, and the deprecation logger feeding only
     * the HeaderWarningAppender so responses carry the usual "Warning" headers without noise.
     */
    private static void configureLogging(Level level) {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        b.setConfigurationName("es-engine");
        b.add(
            b.newAppender("stderr", "Console")
                .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
                .add(b.newLayout("PatternLayout").addAttribute("pattern", "[%d{ISO8601}][%-5p][%c{1.}] %m%n"))
        );
        b.add(b.newAppender("header_warning", "HeaderWarningAppender"));
        b.add(
            b.newLogger("org.elasticsearch.deprecation", Level.ALL)
                .add(b.newAppenderRef("header_warning"))
                .addAttribute("additivity", false)
        );
        b.add(b.newRootLogger(level).add(b.newAppenderRef("stderr")));
        Configurator.initialize(b.build());
        // Route org.elasticsearch.logging (used by some ES libraries) to log4j as well.
        LogConfigurator.configureESLogging();
    }

    private int start(String httpPort) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
            .put("cluster.name", "hostmonitor-test")
            .put("node.name", "es-node-1")
            .put("path.home", home.toString())
            .put("network.host", "127.0.0.1")
            .put("discovery.type", "single-node")
            .put("http.port", httpPort)
            .put("transport.port", "0")
            // 2-core machine, shared with the other backends and the tests: keep thread pools small.
            .put("node.processors", 1)
            // With a small heap the real-memory breaker trips on ordinary requests.
            .put("indices.breaker.total.use_real_memory", false)
            // Test machines may have nearly full disks; never block writes or allocation for that.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings,
            Map.of(),
            home.resolve("config"),
            () -> "es-node-1"
        );
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("stop requested before start");
            }
            node = new EmbeddedNode(environment, List.of(Netty4Plugin.class, RootInfoPlugin.class));
        }
        node.start();
        TransportAddress bound = node.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress();
        return bound.address().getPort();
    }

    private void requestStop() {
        stopRequested.countDown();
    }

    /** Idempotent; runs from main after a stop request, or from the shutdown hook. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (node != null) {
            try {
                node.prepareForClose();
                node.close();
                if (node.awaitClose(10, TimeUnit.SECONDS) == false) {
                    System.err.println("es-engine: node did not close within 10s");
                }
            } catch (Exception e) {
                System.err.println("es-engine: error while closing node: " + e);
            }
        }
        Configurator.shutdown((LoggerContext) LogManager.getContext(false));
        if (deleteHomeOnExit) {
            deleteRecursively(home);
        }
    }

    /** The parent process holds our stdin; when it goes away (EOF), so do we. */
    private static void startStdinWatcher(EsEngine engine) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buf) != -1) {
                    // discard
                }
            } catch (IOException ignored) {
                // treat a broken stdin like EOF
            }
            engine.requestStop();
        }, "es-engine-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("es-engine: could not delete " + dir + ": " + e);
        }
    }
}
