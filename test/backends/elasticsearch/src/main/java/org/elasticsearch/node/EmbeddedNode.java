package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;
import java.util.List;

/**
 * A {@link Node} whose plugins are classes on the class path.
 *
 * <p>{@code Node(NodeConstruction)}, {@code NodeConstruction.prepareConstruction} and
 * {@link NodeServiceProvider} are package-private, hence this package. The public
 * {@code Node(Environment, PluginsLoader)} constructor would only load plugins from
 * {@code modules/} directories, which the Maven Central jars do not provide.
 */
public final class EmbeddedNode extends Node {

    public EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(
            NodeConstruction.prepareConstruction(
                environment,
                ClasspathPluginsService.emptyLoader(),
                new NodeServiceProvider() {
                    @Override
                    PluginsService newPluginService(Environment env, PluginsLoader pluginsLoader) {
                        return new ClasspathPluginsService(env.settings(), env, List.copyOf(plugins));
                    }
                },
                true // forbidPrivateIndexSettings, as in a real node
            )
        );
    }
}
