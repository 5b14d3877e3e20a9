package hostmonitor.testbackend;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.ExtensiblePlugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts one single-node OpenSearch in this JVM for the HostMonitor integration tests.
 *
 * <pre>
 *   java -Xms256m -Xmx512m -jar target/engine.jar [--port N] [--data DIR] [--ignore-stdin]
 * </pre>
 *
 * Prints exactly one stdout line, {@code READY http://127.0.0.1:<port>}, once HTTP is served;
 * logs go to stderr (WARN and above). Stops on SIGTERM/SIGINT or when stdin reaches EOF, so the
 * JVM never outlives the process that started it.
 *
 * The launcher imports OpenSearch/log4j/Netty types, but the JVM only initializes a class when it is
 * first used, so the System.setProperty calls at the top of main() still run before any of them.
 */
public final class OpenSearchLauncher {

    private static volatile Node node;
    private static volatile Path home;
    private static volatile boolean deleteHomeOnExit;
    private static boolean stopped;

    public static void main(String[] args) {
        // What bin/opensearch passes through config/jvm.options; the harness only passes heap flags.
        System.setProperty("io.netty.noUnsafe", "true");
        System.setProperty("io.netty.noKeySetOptimization", "true");
        System.setProperty("io.netty.recycler.maxCapacityPerThread", "0");
        System.setProperty("io.netty.allocator.numDirectArenas", "0");
        System.setProperty("log4j.shutdownHookEnabled", "false"); // we log from our own shutdown hook
        System.setProperty("log4j2.disable.jmx", "true");
        System.setProperty("log4j2.formatMsgNoLookups", "true");
        System.setProperty("java.locale.providers", EngineModules.LOCALE_PROVIDERS);
        System.setProperty("jna.nosys", "true");

        int port = 0;
        Path dataDir = null;
        boolean watchStdin = true;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port": port = Integer.parseInt(args[++i]); break;
                    case "--data": dataDir = Paths.get(args[++i]); break;
                    case "--ignore-stdin": watchStdin = false; break;
                    default: throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (port < 0 || port > 65535) throw new IllegalArgumentException("bad port " + port);
        } catch (RuntimeException e) {
            System.err.println("usage: engine.jar [--port N] [--data DIR] [--ignore-stdin]: " + e.getMessage());
            System.exit(2);
        }

        // Nothing but the READY line may reach stdout: route any stray System.out print to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        configureLogging();

        // Clean stop on SIGTERM/SIGINT with exit code 0 (the JVM's default handler exits 143/130).
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), OpenSearchLauncher::exitOnSignal);
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), OpenSearchLauncher::exitOnSignal);
        Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchLauncher::stop, "opensearch-stop"));
        if (watchStdin) {
            Thread watcher = new Thread(OpenSearchLauncher::exitOnStdinEof, "stdin-eof-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            if (dataDir != null) {
                home = dataDir.toAbsolutePath();
                Files.createDirectories(home);
            } else {
                home = Files.createTempDirectory("hostmonitor-opensearch-");
                deleteHomeOnExit = true;
            }
            // PluginsService lists these folders; they stay empty (modules come from the classpath).
            Files.createDirectories(home.resolve("config"));
            Files.createDirectories(home.resolve("modules"));
            Files.createDirectories(home.resolve("plugins"));

            Settings settings = Settings.builder()
                .put("cluster.name", "hostmonitor-test")
                .put("node.name", "os-node-1")
                .put("path.home", home.toString())
                .put("network.host", "127.0.0.1")
                .put("discovery.type", "single-node")
                .put("http.port", Integer.toString(port))
                .put("transport.port", "0")
                .put("node.processors", 1)
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
            Environment env = InternalSettingsPreparer.prepareEnvironment(
                settings, Map.of(), home.resolve("config"), () -> "os-node-1");

            loadPainlessExtensions();
            Node n = EngineModules.newNode(env);
            synchronized (OpenSearchLauncher.class) {
                if (stopped) return; // stdin closed / SIGTERM while we were building the node
                node = n;
            }
            n.start();
            // start() returns once a cluster manager is elected; also wait until the cluster state is
            // recovered so the first request never sees a "state not recovered" block.
            n.client().admin().cluster().prepareHealth().setWaitForYellowStatus()
                .setTimeout("30s").get("40s");

            TransportAddress bound = n.injector().getInstance(HttpServerTransport.class)
                .boundAddress().publishAddress();
            stdout.println("READY http://127.0.0.1:" + bound.getPort());
            stdout.flush();
        } catch (Throwable t) {
            System.err.println("OpenSearch failed to start:");
            t.printStackTrace();
            System.exit(1); // the shutdown hook closes what was started and removes the temp home
        }
        // OpenSearch's threads are all daemons (bin/opensearch keeps a dedicated keep-alive thread), so
        // main must not return; System.exit from the signal handler or the stdin watcher ends the wait.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            System.exit(0);
        }
    }

    /**
     * PainlessPlugin extends itself with whitelists from other modules (analysis-common adds its
     * token-filter script context) via ExtensiblePlugin#loadExtensions, which PluginsService only calls
     * for plugins loaded from a plugins/ folder, never for classpath plugins. Its whitelist map is
     * static, so loading the classpath's PainlessExtension services once here has the same effect.
     */
    private static void loadPainlessExtensions() {
        EngineModules.loadPainlessExtensions(new ExtensiblePlugin.ExtensionLoader() {
            @Override
            public <T> List<T> loadExtensions(Class<T> type) {
                List<T> found = new ArrayList<>();
                ServiceLoader.load(type, OpenSearchLauncher.class.getClassLoader()).forEach(found::add);
                return found;
            }
        });
    }

    /** WARN+ to stderr, set up before OpenSearch touches log4j (with no config log4j would log to stdout). */
    private static void configureLogging() {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        b.setConfigurationName("hostmonitor-test-backend");
        b.add(b.newAppender("stderr", "Console")
            .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
            .add(b.newLayout("PatternLayout").addAttribute("pattern", "[%d{HH:mm:ss,SSS}][%-5p][%c{1.}] %m%n")));
        b.add(b.newRootLogger(Level.WARN).add(b.newAppenderRef("stderr")));
        // Warns on every start that dangling-index auto-import is off (the 2.x default): pure noise here.
        b.add(b.newLogger("org.opensearch.gateway.DanglingIndicesState", Level.ERROR));
        Configurator.initialize(b.build());
    }

    private static void exitOnSignal(sun.misc.Signal sig) {
        System.err.println("stopping: SIG" + sig.getName());
        System.exit(0); // runs the shutdown hook
    }

    /** The parent closing our stdin (or dying) means nobody needs this node any more. */
    private static void exitOnStdinEof() {
        byte[] buf = new byte[256];
        try (InputStream in = System.in) {
            while (in.read(buf) != -1) {
                // discard input
            }
        } catch (IOException ignored) {
            // treat a broken stdin like EOF
        }
        System.err.println("stopping: stdin closed");
        System.exit(0); // runs the shutdown hook
    }

    /** Idempotent: closes the node and removes a temporary path.home. Runs in the shutdown hook. */
    private static void stop() {
        Node n;
        synchronized (OpenSearchLauncher.class) {
            if (stopped) return;
            stopped = true;
            n = node;
        }
        if (n != null) {
            try {
                n.close();
                if (!n.awaitClose(10, TimeUnit.SECONDS)) System.err.println("node did not close within 10s");
            } catch (IOException | RuntimeException e) {
                e.printStackTrace();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (deleteHomeOnExit && home != null) deleteTree(home);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
