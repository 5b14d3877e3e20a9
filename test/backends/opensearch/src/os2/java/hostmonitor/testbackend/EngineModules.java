package hostmonitor.testbackend;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.join.ParentJoinPlugin;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.ExtensiblePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.mustache.MustachePlugin;
import org.opensearch.search.aggregations.matrix.MatrixAggregationPlugin;
import org.opensearch.transport.Netty4Plugin;

import java.util.Collection;
import java.util.List;

/** What differs in OpenSearch 2.x: the modules' plugin classes and how a node takes them. */
final class EngineModules {

    /** Date parsing as in the 2.x distribution. */
    static final String LOCALE_PROVIDERS = "SPI,COMPAT";

    /** The distribution's bundled modules we need, loaded as classpath plugins. */
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,            // HTTP + transport (http.type / transport.type default to netty4)
        CommonAnalysisPlugin.class,    // lowercase, snowball, pattern, ... analyzers and filters
        PainlessPlugin.class,          // scripts in _update, _update_by_query, aggregations
        MustachePlugin.class,          // search templates
        ReindexPlugin.class,           // _reindex, _update_by_query, _delete_by_query
        MapperExtrasPlugin.class,      // scaled_float, rank_feature, search_as_you_type, ...
        ParentJoinPlugin.class,        // join field, has_child / has_parent
        MatrixAggregationPlugin.class  // matrix_stats aggregation
    );

    private EngineModules() {}

    /** Node's plugin-list constructor is protected; the bootstrap/CLI path (jar hell, security manager) is skipped. */
    private static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    static Node newNode(Environment environment) {
        return new EmbeddedNode(environment, PLUGINS);
    }

    static void loadPainlessExtensions(ExtensiblePlugin.ExtensionLoader loader) {
        new PainlessPlugin().loadExtensions(loader);
    }
}
