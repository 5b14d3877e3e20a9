package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PluginsService whose plugins are plain classes already on the application class path.
 *
 * <p>The distribution loads modules (netty4, ...) from {@code modules/} directories, each in its own
 * module layer. The jars from Maven Central have no such layout, so we load nothing from disk and
 * hand the node instances of the given classes instead. It lives in this package because
 * {@link PluginsService.LoadedPlugin} and {@link PluginsService#loadPlugin} are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;
    private final PluginsAndModules info;

    /**
     * A loader with no bundles from modules/ or plugins/. withServerExports=false: that path reads the
     * server's JPMS module descriptor, which does not exist when the server jar is on the class path.
     */
    public static PluginsLoader emptyLoader() {
        return PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false);
    }

    public ClasspathPluginsService(Settings settings, Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), emptyLoader());
        this.classpathPlugins = pluginClasses.stream()
            .map(c -> new LoadedPlugin(descriptor(c), loadPlugin(c, settings, environment.configDir()), c.getClassLoader()))
            .toList();
        // Report them as modules, like the distribution does for netty4, so _nodes shows what is there.
        this.info = new PluginsAndModules(List.of(), classpathPlugins.stream().map(LoadedPlugin::descriptor).toList());
    }

    private static PluginDescriptor descriptor(Class<? extends Plugin> pluginClass) {
        String version = Build.current().version();
        return new PluginDescriptor(
            pluginClass.getSimpleName(),
            "classpath plugin " + pluginClass.getName(),
            version,
            version,
            Integer.toString(Runtime.version().feature()),
            pluginClass.getName(),
            null,       // no JPMS module name: everything is on the class path
            List.of(),  // extends no other plugin
            false,      // no native controller
            false,      // not licensed
            false,      // not modular
            false       // not a "stable" plugin
        );
    }

    /** Every accessor of PluginsService (filterPlugins, map, forEach, ...) goes through this. */
    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return info;
    }
}
