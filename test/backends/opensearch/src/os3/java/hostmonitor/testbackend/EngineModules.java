package hostmonitor.testbackend;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasModulePlugin;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.join.ParentJoinModulePlugin;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessModulePlugin;
import org.opensearch.plugins.ExtensiblePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.script.mustache.MustacheModulePlugin;
import org.opensearch.search.aggregations.matrix.MatrixAggregationModulePlugin;
import org.opensearch.transport.Netty4ModulePlugin;

import java.util.Collection;
import java.util.List;

/**
 * What differs in OpenSearch 3.x: the module plugin classes are named XModulePlugin, and the
 * protected Node constructor takes a PluginInfo per plugin instead of the classes.
 */
final class EngineModules {

    /** COMPAT is gone from Java 23+; 3.x runs on CLDR. */
    static final String LOCALE_PROVIDERS = "CLDR";

    /** The distribution's bundled modules we need, loaded as classpath plugins. */
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4ModulePlugin.class,            // HTTP + transport (http.type / transport.type default to netty4)
        CommonAnalysisModulePlugin.class,    // lowercase, snowball, pattern, ... analyzers and filters
        PainlessModulePlugin.class,          // scripts in _update, _update_by_query, aggregations
        MustacheModulePlugin.class,          // search templates
        ReindexModulePlugin.class,           // _reindex, _update_by_query, _delete_by_query
        MapperExtrasModulePlugin.class,      // scaled_float, rank_feature, search_as_you_type, ...
        ParentJoinModulePlugin.class,        // join field, has_child / has_parent
        MatrixAggregationModulePlugin.class  // matrix_stats aggregation
    );

    private EngineModules() {}

    /** Node's plugin-list constructor is protected; the bootstrap/CLI path (jar hell, security manager) is skipped. */
    private static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment, Collection<PluginInfo> plugins) {
            super(environment, plugins, true);
        }
    }

    static Node newNode(Environment environment) {
        return new EmbeddedNode(environment, PLUGINS.stream().map(EngineModules::info).toList());
    }

    private static PluginInfo info(Class<? extends Plugin> plugin) {
        String javaVersion = Integer.toString(Runtime.version().feature());
        return new PluginInfo(
            plugin.getSimpleName(),
            "classpath plugin " + plugin.getName(),
            "NA",
            Version.CURRENT,
            javaVersion,
            plugin.getName(),
            null,      // no custom folder
            List.of(), // extends no other plugin
            false      // no native controller
        );
    }

    static void loadPainlessExtensions(ExtensiblePlugin.ExtensionLoader loader) {
        new PainlessModulePlugin().loadExtensions(loader);
    }
}
