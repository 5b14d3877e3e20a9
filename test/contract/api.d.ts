// Generated from /openapi.json by openapi-typescript: do not edit, run npm run client:generate.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is up (does not touch any backend) */
    get: operations['serviceHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every configured instance is reachable; 503 naming the ones that are not (with auth on, none are named to this public route) */
    get: operations['serviceReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (text exposition format 0.0.4) */
    get: operations['serviceMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Configured Elasticsearch/OpenSearch instances the token can read, with reachability and version */
    get: operations['esInstanceList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cluster info and health */
    get: operations['esClusterGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/nodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nodes of the cluster with roles, address, version, heap and disk use */
    get: operations['esNodeList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/aliases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every alias and the index it points at */
    get: operations['esAliasList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/templates/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a composable index template */
    get: operations['esTemplateGet'];
    /**
     * Create or replace a composable index template
     * @description The body is Elasticsearch's own _index_template body; GET returns it in the same form.
     */
    put: operations['esTemplatePut'];
    post?: never;
    /** Delete a composable index template */
    delete: operations['esTemplateDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List indices
     * @description Name, health, status, doc count, size, primaries and replicas of every index (or those matching `pattern`).
     */
    get: operations['esIndexList'];
    put?: never;
    /**
     * Create an index
     * @description Creates an index with its settings, mappings and aliases. 409 when it exists.
     */
    post: operations['esIndexCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Settings, mappings, aliases, doc count and size of an index */
    get: operations['esIndexGet'];
    put?: never;
    post?: never;
    /**
     * Delete an index
     * @description Exactly one index: _all, wildcards and comma lists are refused with 400.
     */
    delete: operations['esIndexDelete'];
    options?: never;
    head?: never;
    /** Add mapping fields, change dynamic settings, add or remove aliases */
    patch: operations['esIndexUpdate'];
    trace?: never;
  };
  '/es/{instance}/indices/{index}/_open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a closed index */
    post: operations['esIndexOpen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/_close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an index (it keeps its data but serves no reads or writes) */
    post: operations['esIndexClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/_refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refresh an index: make every write so far searchable */
    post: operations['esIndexRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a document with a generated id
     * @description Writing into a missing index creates it: a write token may do that only for names matching the instance's autoCreate patterns (403 naming the index otherwise; admin may create any). Documents of dot-prefixed indices (.security, .kibana...) need admin.
     */
    post: operations['esDocumentCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/docs/_bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write many documents in one call
     * @description Every item is reported. When some fail the answer is 207 with a message counting them; every other item is stored. Writing into a missing index creates it: a write token may do that only for names matching the instance's autoCreate patterns (403 naming the index otherwise; admin may create any). Documents of dot-prefixed indices (.security, .kibana...) need admin.
     */
    post: operations['esDocumentBulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/docs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a document */
    get: operations['esDocumentGet'];
    /**
     * Create or replace a document
     * @description 201 when created, 200 when replaced. With op=create an existing document is a 409. Writing into a missing index creates it: a write token may do that only for names matching the instance's autoCreate patterns (403 naming the index otherwise; admin may create any). Documents of dot-prefixed indices (.security, .kibana...) need admin.
     */
    put: operations['esDocumentPut'];
    post?: never;
    /** Delete a document */
    delete: operations['esDocumentDelete'];
    options?: never;
    head?: never;
    /**
     * Update part of a document
     * @description Merges the body into the stored document; 404 if it does not exist unless upsert=true (then 201). Writing into a missing index creates it: a write token may do that only for names matching the instance's autoCreate patterns (403 naming the index otherwise; admin may create any). Documents of dot-prefixed indices (.security, .kibana...) need admin.
     */
    patch: operations['esDocumentUpdate'];
    trace?: never;
  };
  '/es/{instance}/indices/{index}/_search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Search an index with the query DSL
     * @description Returns hits, total, aggregations and took. from + size beyond 10 000 is refused: use _export to read every match. A key naming a script in any case (script, *_script, scripted_metric, ...), runtime_mappings, a template, collate or percolate, here or inside a decoded wrapper query, needs admin; so on _count, _delete_by_query, _export and /mix/query sources.
     */
    post: operations['esSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/_count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Count the documents matching a query */
    post: operations['esCount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/_delete_by_query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete every document matching a query
     * @description Needs the cluster's reindex module (capabilities.deleteByQuery of GET /es/{instance}); a cluster without it answers 501 (resultcode 50000) naming it and what to use instead: delete by id through _export and docs/_bulk.
     */
    post: operations['esDeleteByQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/es/{instance}/indices/{index}/_export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Stream every matching document as NDJSON
     * @description One {"_index","_id","_source"} line per document, read page by page through a point in time with search_after (a scroll on clusters without point in time) as fast as the client reads, so memory stays flat whatever the size. The point in time is closed at the end or when the client disconnects. Errors before the first line are the usual JSON envelope.
     */
    get: operations['esExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Configured InfluxDB servers the token can read, with reachability and version */
    get: operations['influxInstanceList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ping, server version, generation (1.x or 2.x) and capabilities
     * @description A 1.x server has continuous queries and no Flux, buckets or tasks; a 2.x server has Flux, buckets and tasks, its retention policies are DBRP mappings onto buckets, and continuous queries answer 501.
     */
    get: operations['influxServerGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Database names
     * @description On InfluxDB 2.x: the bucket names of the organisation (a retention policy's bucket `db/rp` counts as `db`).
     */
    get: operations['influxDatabaseList'];
    put?: never;
    /**
     * Create a database, optionally with its default retention policy
     * @description 201 when created; 409 when it already exists. On InfluxDB 2.x: a bucket of that name (the retention policy's duration as its retention rule) and a default DBRP mapping (database = name, retention policy autogen or the one named) so InfluxQL keeps working.
     */
    post: operations['influxDatabaseCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Drop a database and all its data
     * @description A database that does not exist is a 404 with resultcode 50002. On InfluxDB 2.x: its DBRP mappings and the buckets they map.
     */
    delete: operations['influxDatabaseDrop'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/retention-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retention policies of a database */
    get: operations['influxRetentionPolicyList'];
    put?: never;
    /**
     * Create a retention policy
     * @description Durations are validated (30s, 90m, 1h30m, 7d, INF); 409 when the name exists. On InfluxDB 2.x: the retention policy is a DBRP mapping onto a bucket `db/rp` whose retention rule is the duration and shard duration; 2.x keeps one copy, so a replication other than 1 is a 400 naming the field.
     */
    post: operations['influxRetentionPolicyCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/retention-policies/{rp}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Drop a retention policy and its data
     * @description On InfluxDB 2.x: its DBRP mapping, and the bucket `db/rp` when the retention policy created it.
     */
    delete: operations['influxRetentionPolicyDrop'];
    options?: never;
    head?: never;
    /**
     * Change a retention policy (duration, replication, shard duration, default)
     * @description On InfluxDB 2.x: duration and shard duration change the bucket's retention rule, default moves the database's default DBRP mapping; a replication other than 1 is a 400 naming the field.
     */
    patch: operations['influxRetentionPolicyAlter'];
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/measurements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Measurement names, optionally those containing a substring */
    get: operations['influxMeasurementList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/measurements/{m}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tag keys and field keys with their types
     * @description A measurement without fields does not exist: 404.
     */
    get: operations['influxMeasurementGet'];
    put?: never;
    post?: never;
    /** Drop a measurement and all its points */
    delete: operations['influxMeasurementDrop'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/measurements/{m}/tags/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The values of one tag key */
    get: operations['influxTagValueList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Series keys, parsed into measurement and tags */
    get: operations['influxSeriesList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/continuous-queries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Continuous queries of a database
     * @description InfluxDB 2.x has no continuous queries: there it answers 501 naming its tasks (/influx/{instance}/tasks).
     */
    get: operations['influxContinuousQueryList'];
    put?: never;
    /**
     * Create a continuous query
     * @description From structured parts (select, where, groupBy with a time interval, fill; plus from and into) or from the text of exactly one SELECT ... INTO statement as InfluxDB's parser reads it (sent as its canonical text). 409 when the name exists. InfluxDB 2.x has no continuous queries: there it answers 501 naming its tasks (/influx/{instance}/tasks).
     */
    post: operations['influxContinuousQueryCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/continuous-queries/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Drop a continuous query
     * @description InfluxDB 2.x has no continuous queries: there it answers 501 naming its tasks (/influx/{instance}/tasks).
     */
    delete: operations['influxContinuousQueryDrop'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write points: JSON or line protocol
     * @description Every point is checked before anything is sent; a 400 names the point and the field (body[3].fields.usage, or body line 3). More than 50000 points is a 413: split the batch. When InfluxDB drops some points (partial write, field type conflict) the answer is a 207 saying how many and why; when it drops all of them, an error (409 for a type conflict).
     */
    post: operations['influxWritePoints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Raw InfluxQL with bound parameters
     * @description Statements are parsed by InfluxDB's own InfluxQL parser (compiled to WebAssembly); InfluxDB gets their canonical text, with params ($name) bound as literals. Only SELECT without INTO, EXPLAIN of one and SHOW of databases, measurements, series, tag keys/values, field keys, retention policies and continuous queries (and their cardinalities) run unless "admin": true, which needs an admin token. Pass user values as params ($name), never in q.
     */
    post: operations['influxQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/measurements/{m}/_search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Structured query: select, where, groupBy, fill, order, limit -> safe InfluxQL -> rows */
    post: operations['influxSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/databases/{db}/measurements/{m}/points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete points by time range and tags
     * @description DELETE FROM the measurement WHERE time >= from AND time < to AND the tag conditions; InfluxDB deletes by nothing else.
     */
    delete: operations['influxDeletePoints'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tasks of the organisation (InfluxDB 2.x)
     * @description Each with its schedule, Flux and how its last run went. On an InfluxDB 1.x server: 501, naming continuous queries.
     */
    get: operations['influxTaskList'];
    put?: never;
    /**
     * Create a task from Flux (InfluxDB 2.x)
     * @description The gateway writes the `option task` block from name, every or cron, and offset (checked values, the name an escaped string), then the Flux as given. The task runs with the authorization of the instance's admin credential, so it may write (to()). On an InfluxDB 1.x server: 501, naming continuous queries.
     */
    post: operations['influxTaskCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a task and its runs (InfluxDB 2.x)
     * @description 404 when no task has the ID. On an InfluxDB 1.x server: 501, naming continuous queries.
     */
    delete: operations['influxTaskDelete'];
    options?: never;
    head?: never;
    /**
     * Enable or disable a task (InfluxDB 2.x)
     * @description 404 when no task has the ID. On an InfluxDB 1.x server: 501, naming continuous queries.
     */
    patch: operations['influxTaskUpdate'];
    trace?: never;
  };
  '/influx/{instance}/tasks/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A task's runs, newest first (InfluxDB 2.x)
     * @description Status and times of each run; ?logs=true adds each run's log lines. On an InfluxDB 1.x server: 501, naming continuous queries.
     */
    get: operations['influxTaskRunList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/influx/{instance}/flux': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run Flux (InfluxDB 2.x)
     * @description Flux can write (to(), experimental.to, http.post, sql.to), so it runs with the instance's read credential and is open to read tokens only when the instance sets fluxForReaders and a read-only InfluxDB token of its own (credentials.read.token): InfluxDB then refuses writes to its buckets (403 naming the instance and the read credential); no token stops http.post or sql.to. Otherwise Flux needs admin (403 naming admin). format csv streams the annotated CSV (text/csv), ndjson one row a line (application/x-ndjson). On an InfluxDB 1.x server: 501, naming the InfluxQL route.
     */
    post: operations['influxFluxQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mix/instances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every configured instance the token can read, Elasticsearch and InfluxDB, optionally by region label */
    get: operations['mixInstanceList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mix/query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a pipeline over Elasticsearch and InfluxDB sources: join, filter, aggregate, sort, limit, project, upsert
     * @description Sources are fetched (concurrently), then the pipeline steps run in memory, in order. The whole body is validated before any backend is called; every source needs read on its instance, an upsert write on its target; a write token's upsert creates a missing index only when its name matches the instance's autoCreate patterns (dot-prefixed indices need admin).
     *
     *     **Pushdown** (off with `options.pushdown: false`; the rows are the same): a filter (or a part of its top-level and) whose columns can only come from one source moves into that source's query (Elasticsearch bool filter; InfluxDB WHERE) when it can be translated; fetched rows are checked against it again, so the result is exact. An inner or left join whose left rows have at most 10000 distinct keys fetches its right source for those keys only (semi-join). Elasticsearch sources fetch only the fields the steps read, when an aggregate or project decides the columns.
     *
     *     `?explain=true` answers the plan instead: each source's backend query, the filters moved into it, semi-joins, the steps left in memory, and the body's JSON form (pipeline).
     *
     *     **Text form**: the same pipeline as a pipe language, sent as `Content-Type: text/plain` or as `{"text": ..., "options"?: ...}`; it compiles to exactly the JSON form, which is then validated and run as one. A syntax error is a 400 naming line:column, with the line and a caret.
     *
     *     **Budgets** (settings limits.pipeline.*): more than 64 steps, 16 sources or 1000 filter conditions, or sources holding more than 100000 rows or 67108864 bytes together (or a join making more than 100000 rows) is refused (413) naming the budget, with a hint to filter, aggregate or limit; rows are never cut silently. At most 4 sources are fetched at once; beyond 8 pipelines in flight a new one is refused (429, retry shortly). An Elasticsearch source's `time` range is ANDed with its query; with `aggregate` it buckets inside Elasticsearch (a composite aggregation read page by page, each page counted against the budgets): its rows are the buckets, and no filter moves into it. Elasticsearch documents become rows with nested objects as dotted columns (host.name). 207 when an upsert could not write every row.
     *
     *     **Streamed rows**: `Accept: application/x-ndjson` answers one JSON row a line, `Accept: text/csv` CSV with a header of the columns (null empty, arrays and objects as JSON text); the stats (rows, bytes and ms per source, upserts written and failed, total ms) are then in the `x-pipeline-stats` header. An error before the first row is the JSON envelope as usual.
     */
    post: operations['mixQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mix/resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every Elasticsearch index and InfluxDB measurement whose name contains a keyword, on every instance the token can read
     * @description Measurements of every database of every readable InfluxDB instance; an instance that does not answer is listed under unavailable with its error. read:mix/* alone lists nothing: each instance needs read on it (e.g. read:es/default).
     */
    get: operations['mixResourceList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mix/nodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every Elasticsearch node and InfluxDB server of the instances the token can read, by their region label
     * @description Elasticsearch nodes come from _nodes (roles, heap, disk), an InfluxDB server from /ping; an instance that does not answer is listed with its error.
     */
    get: operations['mixNodeList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  serviceHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "status": "up",
             *       "uptimeS": 3600
             *     }
             */
            data: {
              /** @enum {string} */
              status: 'up';
              uptimeS: number;
            };
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  serviceReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "kind": "influx",
             *         "name": "default",
             *         "url": "http://127.0.0.1:8086",
             *         "labels": {
             *           "region": "eu-west"
             *         },
             *         "reachable": true,
             *         "version": "1.6.7~rc0"
             *       }
             *     ]
             */
            data: {
              /** @enum {string} */
              kind: 'es' | 'influx';
              name: string;
              /** @description The server URL, without credentials */
              url: string;
              flavor?: string;
              labels: {
                [key: string]: string;
              };
              reachable: boolean;
              version?: string;
              error?: string;
            }[];
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  serviceMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Request counts and durations per route and status, backend call durations per instance and outcome, refused requests, process metrics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example # HELP hostmonitor_rejected_requests_total Requests refused by auth (401/403) or by the rate limit (429)
           *     # TYPE hostmonitor_rejected_requests_total counter
           *     hostmonitor_rejected_requests_total{reason="unauthorized"} 3
           */
          'text/plain; version=0.0.4': string;
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esInstanceList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "kind": "influx",
             *         "name": "default",
             *         "url": "http://127.0.0.1:8086",
             *         "labels": {
             *           "region": "eu-west"
             *         },
             *         "reachable": true,
             *         "version": "1.6.7~rc0"
             *       }
             *     ]
             */
            data: {
              /** @enum {string} */
              kind: 'es' | 'influx';
              name: string;
              /** @description The server URL, without credentials */
              url: string;
              flavor?: string;
              labels: {
                [key: string]: string;
              };
              reachable: boolean;
              version?: string;
              error?: string;
            }[];
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esClusterGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "instance": "default",
             *       "flavor": "elasticsearch",
             *       "url": "http://127.0.0.1:9200",
             *       "name": "es-node-1",
             *       "clusterName": "hostmonitor-test",
             *       "clusterUuid": "kZ0y5q3WQ4-hXh0KjW5vQw",
             *       "version": "8.19.21",
             *       "health": {
             *         "status": "green",
             *         "number_of_nodes": 1,
             *         "active_shards": 3
             *       },
             *       "capabilities": {
             *         "pointInTime": true,
             *         "pointInTimeApi": "_pit",
             *         "shardDocTiebreaker": true,
             *         "searchAfter": true,
             *         "compositeAggregations": true,
             *         "composableTemplates": true,
             *         "deleteByQuery": true,
             *         "updateByQuery": true,
             *         "scripts": true,
             *         "dataStreams": true,
             *         "apiKeys": false,
             *         "compatibleWith8": true
             *       }
             *     }
             */
            data: {
              instance: string;
              /** @enum {string} */
              flavor: 'elasticsearch' | 'opensearch';
              url: string;
              name: string;
              clusterName: string;
              clusterUuid: string;
              version: string;
              health: {
                [key: string]: unknown;
              };
              /**
               * @description What the cluster can do: its flavor and its nodes' lowest version allow it, and every node has the module it needs
               * @example {
               *       "pointInTime": true,
               *       "pointInTimeApi": "_pit",
               *       "shardDocTiebreaker": true,
               *       "searchAfter": true,
               *       "compositeAggregations": true,
               *       "composableTemplates": true,
               *       "deleteByQuery": true,
               *       "updateByQuery": true,
               *       "scripts": true,
               *       "dataStreams": true,
               *       "apiKeys": false,
               *       "compatibleWith8": true
               *     }
               */
              capabilities: {
                /** @description A point in time: _export and /mix/query sources with all read through it (a scroll without it) */
                pointInTime: boolean;
                /** @description The point-in-time endpoint: Elasticsearch's /{index}/_pit, OpenSearch's /{index}/_search/point_in_time; null without one */
                pointInTimeApi: ('_pit' | '_search/point_in_time') | null;
                /** @description _shard_doc sorts a point in time (Elasticsearch; OpenSearch from 3.3); else _export sorts on _id */
                shardDocTiebreaker: boolean;
                /** @description search_after pages a sorted search */
                searchAfter: boolean;
                /** @description composite aggregations in _search */
                compositeAggregations: boolean;
                /** @description composable index templates (/templates) */
                composableTemplates: boolean;
                /** @description _delete_by_query (the reindex module); without it the route answers 501 */
                deleteByQuery: boolean;
                /** @description _update_by_query (the reindex module) */
                updateByQuery: boolean;
                /** @description Painless scripts (the lang-painless module); without it a script clause is refused by the cluster */
                scripts: boolean;
                /** @description data streams (an Elasticsearch module; core in OpenSearch) */
                dataStreams: boolean;
                /** @description Elasticsearch API keys (security enabled): what an instance's apiKey credential needs */
                apiKeys: boolean;
                /** @description Elasticsearch 8 and 9 read the compatible-with=8 media types the gateway's 8.x client sends */
                compatibleWith8: boolean;
              };
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esNodeList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "instance": "default",
             *       "clusterName": "hostmonitor-test",
             *       "nodes": [
             *         {
             *           "id": "csHpH9BHS4KqnVbS1kh9BQ",
             *           "name": "es-node-1",
             *           "ip": "127.0.0.1",
             *           "host": "127.0.0.1",
             *           "version": "8.19.21",
             *           "roles": [
             *             "data",
             *             "ingest",
             *             "master"
             *           ],
             *           "heap": {
             *             "usedBytes": 50869248,
             *             "maxBytes": 536870912,
             *             "usedPercent": 9
             *           },
             *           "disk": {
             *             "totalBytes": 270553174016,
             *             "usedBytes": 185836658688,
             *             "usedPercent": 68.7
             *           }
             *         }
             *       ]
             *     }
             */
            data: {
              instance: string;
              clusterName: string;
              nodes: {
                id: string;
                name: string;
                ip: string;
                host: string;
                version: string;
                roles: string[];
                heap: {
                  usedBytes: number | null;
                  maxBytes: number | null;
                  usedPercent: number | null;
                };
                disk: {
                  totalBytes: number | null;
                  usedBytes: number | null;
                  usedPercent: number | null;
                };
              }[];
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esAliasList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "alias": "tweets",
             *         "index": "twitter"
             *       },
             *       {
             *         "alias": "kimchy-tweets",
             *         "index": "twitter",
             *         "filter": {
             *           "term": {
             *             "user": "kimchy"
             *           }
             *         }
             *       }
             *     ]
             */
            data: {
              alias: string;
              index: string;
              filter?: {
                [key: string]: unknown;
              };
              indexRouting?: string;
              searchRouting?: string;
              isWriteIndex?: boolean;
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esTemplateGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A composable index template name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "name": "tweets",
             *       "index_patterns": [
             *         "tweets-*"
             *       ],
             *       "priority": 10,
             *       "template": {
             *         "settings": {
             *           "number_of_replicas": 0
             *         },
             *         "mappings": {
             *           "properties": {
             *             "user": {
             *               "type": "keyword"
             *             }
             *           }
             *         }
             *       },
             *       "composed_of": []
             *     }
             */
            data: {
              name: string;
              /** @description Index name patterns the template applies to, e.g. logs-* */
              index_patterns: string[];
              template?: {
                settings?: {
                  [key: string]: unknown;
                };
                mappings?: {
                  [key: string]: unknown;
                };
                aliases?: {
                  [key: string]: {
                    [key: string]: unknown;
                  };
                };
              };
              /** @description Component templates, applied in order */
              composed_of?: string[];
              /** @description The highest priority wins when several templates match */
              priority?: number;
              version?: number;
              _meta?: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esTemplatePut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A composable index template name */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Index name patterns the template applies to, e.g. logs-* */
          index_patterns: string[];
          template?: {
            settings?: {
              [key: string]: unknown;
            };
            mappings?: {
              [key: string]: unknown;
            };
            aliases?: {
              [key: string]: {
                [key: string]: unknown;
              };
            };
          };
          /** @description Component templates, applied in order */
          composed_of?: string[];
          /** @description The highest priority wins when several templates match */
          priority?: number;
          version?: number;
          _meta?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "name": "tweets",
             *       "acknowledged": true
             *     }
             */
            data: {
              name: string;
              acknowledged: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esTemplateDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A composable index template name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "name": "tweets",
             *       "acknowledged": true
             *     }
             */
            data: {
              name: string;
              acknowledged: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexList: {
    parameters: {
      query?: {
        /** @description An index name or a pattern with *, e.g. logs-* */
        pattern?: string;
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "index": "twitter",
             *         "uuid": "NY2mACDxQ7yNjA13G1IV2A",
             *         "health": "green",
             *         "status": "open",
             *         "docs": 1,
             *         "sizeBytes": 5432,
             *         "primaries": 1,
             *         "replicas": 0
             *       }
             *     ]
             */
            data: {
              index: string;
              uuid: string;
              /** @description green, yellow or red */
              health: string | null;
              /** @description open or close */
              status: string;
              /** @description Documents in the primaries (null while closed) */
              docs: number | null;
              /** @description Store size of primaries and replicas (null while closed) */
              sizeBytes: number | null;
              primaries: number;
              replicas: number;
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexCreate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The new index name (Elasticsearch naming rules) */
          index: string;
          /** @description Index settings, e.g. number_of_shards, number_of_replicas */
          settings?: {
            [key: string]: unknown;
          };
          /** @description Mappings: {properties: {field: {type}}} */
          mappings?: {
            [key: string]: unknown;
          };
          /** @description Aliases: {name: {filter?, routing?, is_write_index?}} */
          aliases?: {
            [key: string]: {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "acknowledged": true,
             *       "shardsAcknowledged": true
             *     }
             */
            data: {
              index: string;
              acknowledged: boolean;
              shardsAcknowledged: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "uuid": "NY2mACDxQ7yNjA13G1IV2A",
             *       "health": "green",
             *       "status": "open",
             *       "docs": 1,
             *       "sizeBytes": 5432,
             *       "primaries": 1,
             *       "replicas": 0,
             *       "settings": {
             *         "index": {
             *           "number_of_shards": "1",
             *           "number_of_replicas": "0",
             *           "uuid": "NY2mACDxQ7yNjA13G1IV2A"
             *         }
             *       },
             *       "mappings": {
             *         "properties": {
             *           "user": {
             *             "type": "text"
             *           },
             *           "post_date": {
             *             "type": "date"
             *           },
             *           "message": {
             *             "type": "text"
             *           }
             *         }
             *       },
             *       "aliases": {
             *         "tweets": {}
             *       }
             *     }
             */
            data: {
              index: string;
              uuid?: string;
              /** @description green, yellow or red */
              health?: string | null;
              /** @description open or close */
              status?: string;
              /** @description Documents in the primaries (null while closed) */
              docs?: number | null;
              /** @description Store size of primaries and replicas (null while closed) */
              sizeBytes?: number | null;
              primaries?: number;
              replicas?: number;
              settings: {
                [key: string]: unknown;
              };
              mappings: {
                [key: string]: unknown;
              };
              aliases: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "acknowledged": true
             *     }
             */
            data: {
              index: string;
              acknowledged: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description New fields only; a field already mapped is refused */
          mappings?: {
            properties?: {
              [key: string]: {
                [key: string]: unknown;
              };
            };
          } & {
            [key: string]: unknown;
          };
          /** @description Dynamic settings only, e.g. number_of_replicas, refresh_interval */
          settings?: {
            [key: string]: unknown;
          };
          /** @description Aliases to add (a name or {alias, filter, routing, is_write_index}) and to remove */
          aliases?: {
            add?: (
              | string
              | {
                  alias: string;
                  filter?: {
                    [key: string]: unknown;
                  };
                  routing?: string;
                  is_write_index?: boolean;
                }
            )[];
            remove?: string[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "updated": [
             *         "mappings",
             *         "settings",
             *         "aliases"
             *       ]
             *     }
             */
            data: {
              index: string;
              updated: ('mappings' | 'settings' | 'aliases')[];
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexOpen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "action": "refresh",
             *       "acknowledged": true
             *     }
             */
            data: {
              index: string;
              /** @enum {string} */
              action: 'open' | 'close' | 'refresh';
              acknowledged: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "action": "refresh",
             *       "acknowledged": true
             *     }
             */
            data: {
              index: string;
              /** @enum {string} */
              action: 'open' | 'close' | 'refresh';
              acknowledged: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esIndexRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "action": "refresh",
             *       "acknowledged": true
             *     }
             */
            data: {
              index: string;
              /** @enum {string} */
              action: 'open' | 'close' | 'refresh';
              acknowledged: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esDocumentCreate: {
    parameters: {
      query?: {
        /** @description true: refresh now; wait_for: answer once the next refresh makes the write searchable; false (default): neither */
        refresh?: 'true' | 'false' | 'wait_for';
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    /** @description The document source */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "id": "1",
             *       "version": 1,
             *       "result": "created",
             *       "seqNo": 0,
             *       "primaryTerm": 1
             *     }
             */
            data: {
              index: string;
              id: string;
              version: number;
              result: string;
              seqNo: number;
              primaryTerm: number;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esDocumentBulk: {
    parameters: {
      query?: {
        /** @description true: refresh now; wait_for: answer once the next refresh makes the write searchable; false (default): neither */
        refresh?: 'true' | 'false' | 'wait_for';
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    /** @description A JSON array of documents (each may carry its `_id`), or with content-type application/x-ndjson the Elasticsearch bulk lines: an action line ({"index"|"create"|"update"|"delete": {"_id"?}}) followed, except for delete, by its source line. An action line naming another _index is refused. Lines end with \n (\r\n too; the last may lack it); a blank line, a byte order mark or a line that is not one JSON object is a 400 naming the line. An update with a script needs admin. */
    requestBody: {
      content: {
        'application/json': unknown[] | string;
        'application/x-ndjson': unknown[] | string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "took": 3,
             *       "total": 2,
             *       "failed": 1,
             *       "items": [
             *         {
             *           "position": 0,
             *           "action": "index",
             *           "id": "1",
             *           "status": 201,
             *           "result": "created",
             *           "version": 1
             *         },
             *         {
             *           "position": 1,
             *           "action": "index",
             *           "id": "2",
             *           "status": 400,
             *           "error": {
             *             "type": "document_parsing_exception",
             *             "reason": "failed to parse field [post_date] of type [date]"
             *           }
             *         }
             *       ]
             *     }
             */
            data: {
              index: string;
              took: number;
              total: number;
              failed: number;
              items: {
                /** @description The operation's place in the request, from 0 */
                position: number;
                /** @enum {string} */
                action: 'index' | 'create' | 'update' | 'delete';
                /** @description null for an index without _id that failed before the cluster assigned one */
                id: string | null;
                /** @description The HTTP status of this item */
                status: number;
                /** @description created, updated, deleted, noop or not_found */
                result?: string;
                version?: number;
                error?: {
                  type: string;
                  reason: string;
                };
              }[];
            };
          };
        };
      };
      /** @description Default Response */
      207: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 20700;
            message: string;
            /**
             * @example {
             *       "index": "twitter",
             *       "took": 3,
             *       "total": 2,
             *       "failed": 1,
             *       "items": [
             *         {
             *           "position": 0,
             *           "action": "index",
             *           "id": "1",
             *           "status": 201,
             *           "result": "created",
             *           "version": 1
             *         },
             *         {
             *           "position": 1,
             *           "action": "index",
             *           "id": "2",
             *           "status": 400,
             *           "error": {
             *             "type": "document_parsing_exception",
             *             "reason": "failed to parse field [post_date] of type [date]"
             *           }
             *         }
             *       ]
             *     }
             */
            data: {
              index: string;
              took: number;
              total: number;
              failed: number;
              items: {
                /** @description The operation's place in the request, from 0 */
                position: number;
                /** @enum {string} */
                action: 'index' | 'create' | 'update' | 'delete';
                /** @description null for an index without _id that failed before the cluster assigned one */
                id: string | null;
                /** @description The HTTP status of this item */
                status: number;
                /** @description created, updated, deleted, noop or not_found */
                result?: string;
                version?: number;
                error?: {
                  type: string;
                  reason: string;
                };
              }[];
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esDocumentGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
        /** @description A document id, e.g. 1 */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "id": "1",
             *       "version": 1,
             *       "seqNo": 0,
             *       "primaryTerm": 1,
             *       "source": {
             *         "user": "kimchy",
             *         "message": "trying out Elasticsearch"
             *       }
             *     }
             */
            data: {
              index: string;
              id: string;
              version: number;
              seqNo: number;
              primaryTerm: number;
              source: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esDocumentPut: {
    parameters: {
      query?: {
        /** @description true: refresh now; wait_for: answer once the next refresh makes the write searchable; false (default): neither */
        refresh?: 'true' | 'false' | 'wait_for';
        /** @description create: fail with 409 if the document exists */
        op?: 'index' | 'create';
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
        /** @description A document id, e.g. 1 */
        id: string;
      };
      cookie?: never;
    };
    /** @description The document source */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "id": "1",
             *       "version": 1,
             *       "result": "created",
             *       "seqNo": 0,
             *       "primaryTerm": 1
             *     }
             */
            data: {
              index: string;
              id: string;
              version: number;
              result: string;
              seqNo: number;
              primaryTerm: number;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "id": "1",
             *       "version": 1,
             *       "result": "created",
             *       "seqNo": 0,
             *       "primaryTerm": 1
             *     }
             */
            data: {
              index: string;
              id: string;
              version: number;
              result: string;
              seqNo: number;
              primaryTerm: number;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esDocumentDelete: {
    parameters: {
      query?: {
        /** @description true: refresh now; wait_for: answer once the next refresh makes the write searchable; false (default): neither */
        refresh?: 'true' | 'false' | 'wait_for';
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
        /** @description A document id, e.g. 1 */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "id": "1",
             *       "version": 1,
             *       "result": "created",
             *       "seqNo": 0,
             *       "primaryTerm": 1
             *     }
             */
            data: {
              index: string;
              id: string;
              version: number;
              result: string;
              seqNo: number;
              primaryTerm: number;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esDocumentUpdate: {
    parameters: {
      query?: {
        /** @description true: refresh now; wait_for: answer once the next refresh makes the write searchable; false (default): neither */
        refresh?: 'true' | 'false' | 'wait_for';
        /** @description true: create the document from the body if missing */
        upsert?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
        /** @description A document id, e.g. 1 */
        id: string;
      };
      cookie?: never;
    };
    /** @description The document source */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "id": "1",
             *       "version": 1,
             *       "result": "created",
             *       "seqNo": 0,
             *       "primaryTerm": 1
             *     }
             */
            data: {
              index: string;
              id: string;
              version: number;
              result: string;
              seqNo: number;
              primaryTerm: number;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "id": "1",
             *       "version": 1,
             *       "result": "created",
             *       "seqNo": 0,
             *       "primaryTerm": 1
             *     }
             */
            data: {
              index: string;
              id: string;
              version: number;
              result: string;
              seqNo: number;
              primaryTerm: number;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esSearch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    /** @description An Elasticsearch query DSL search body; keys not listed here are passed on as they are */
    requestBody?: {
      content: {
        'application/json':
          | ({
              /**
               * @description A query DSL clause
               * @example {
               *       "match": {
               *         "user": "kimchy"
               *       }
               *     }
               */
              query?: {
                [key: string]: unknown;
              };
              /** @description Hits to return (default 10); from + size may not pass 10 000, use _export for more */
              size?: number;
              /** @description Hits to skip (default 0); from + size may not pass 10 000 */
              from?: number;
              sort?: unknown[];
              _source?:
                | boolean
                | string
                | string[]
                | {
                    [key: string]: unknown;
                  };
              aggs?: {
                [key: string]: unknown;
              };
              aggregations?: {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            })
          | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "took": 2,
             *       "timedOut": false,
             *       "total": {
             *         "value": 1,
             *         "relation": "eq"
             *       },
             *       "maxScore": 0.2876821,
             *       "hits": [
             *         {
             *           "index": "twitter",
             *           "id": "1",
             *           "score": 0.2876821,
             *           "source": {
             *             "user": "kimchy",
             *             "message": "trying out Elasticsearch"
             *           }
             *         }
             *       ],
             *       "aggregations": {
             *         "users": {
             *           "buckets": [
             *             {
             *               "key": "kimchy",
             *               "doc_count": 1
             *             }
             *           ]
             *         }
             *       }
             *     }
             */
            data: {
              took: number;
              timedOut: boolean;
              total: {
                value: number;
                /** @enum {string} */
                relation: 'eq' | 'gte';
              } | null;
              maxScore: number | null;
              hits: {
                index: string;
                id: string;
                score: number | null;
                source?: {
                  [key: string]: unknown;
                };
                sort?: unknown[];
                highlight?: {
                  [key: string]: unknown;
                };
                fields?: {
                  [key: string]: unknown;
                };
              }[];
              aggregations?: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esCount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /**
           * @description A query DSL clause
           * @example {
           *       "match": {
           *         "user": "kimchy"
           *       }
           *     }
           */
          query?: {
            [key: string]: unknown;
          };
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "count": 1
             *     }
             */
            data: {
              index: string;
              count: number;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esDeleteByQuery: {
    parameters: {
      query?: {
        /** @description true: refresh the index when done */
        refresh?: 'true' | 'false';
        /** @description proceed: count version conflicts instead of stopping at the first */
        conflicts?: 'abort' | 'proceed';
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description A query DSL clause
           * @example {
           *       "match": {
           *         "user": "kimchy"
           *       }
           *     }
           */
          query: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "index": "twitter",
             *       "took": 12,
             *       "total": 3,
             *       "deleted": 3,
             *       "versionConflicts": 0,
             *       "failures": []
             *     }
             */
            data: {
              index: string;
              took: number;
              total: number;
              deleted: number;
              versionConflicts: number;
              failures: unknown[];
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  esExport: {
    parameters: {
      query?: {
        /** @description A query DSL clause as JSON, e.g. {"match":{"user":"kimchy"}}; every document without it */
        query?: string;
        /** @description Comma-separated source fields to keep, e.g. user,message; the whole source without it */
        fields?: string;
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description An index name (or an alias of one index), e.g. twitter */
        index: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description NDJSON: one {"_index","_id","_source"} object per line */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {"_index":"twitter","_id":"1","_source":{"user":"kimchy"}}
           *     {"_index":"twitter","_id":"2","_source":{"user":"olivere"}}
           */
          'application/x-ndjson': string;
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxInstanceList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "kind": "influx",
             *         "name": "default",
             *         "url": "http://127.0.0.1:8086",
             *         "labels": {
             *           "region": "eu-west"
             *         },
             *         "reachable": true,
             *         "version": "1.6.7~rc0"
             *       }
             *     ]
             */
            data: {
              /** @enum {string} */
              kind: 'es' | 'influx';
              name: string;
              /** @description The server URL, without credentials */
              url: string;
              flavor?: string;
              labels: {
                [key: string]: string;
              };
              reachable: boolean;
              version?: string;
              error?: string;
            }[];
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxServerGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "instance": "influx2",
             *       "url": "http://127.0.0.1:8087",
             *       "version": "2.8.0",
             *       "pingMs": 1.1,
             *       "generation": 2,
             *       "capabilities": {
             *         "influxql": true,
             *         "flux": true,
             *         "buckets": true,
             *         "tasks": true,
             *         "continuousQueries": false,
             *         "retentionPolicies": true,
             *         "deleteByPredicate": true
             *       }
             *     }
             */
            data: {
              instance: string;
              url: string;
              version: string;
              pingMs: number;
              /** @description InfluxDB 1.x or 2.x: configured as `version`, else from /ping */
              generation: 1 | 2;
              /** @description What the server can do through the gateway; a route it cannot serve answers 501 naming what to use instead */
              capabilities: {
                influxql: boolean;
                flux: boolean;
                buckets: boolean;
                tasks: boolean;
                continuousQueries: boolean;
                /** @description On 2.x: DBRP mappings onto buckets */
                retentionPolicies: boolean;
                deleteByPredicate: boolean;
              };
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxDatabaseList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       "_internal",
             *       "my_db"
             *     ]
             */
            data: string[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxDatabaseCreate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description The database name
           * @example my_db
           */
          name: string;
          /**
           * @description Created with the database, as its default
           * @example {
           *       "name": "one_week",
           *       "duration": "7d",
           *       "replication": 1,
           *       "shardDuration": "1d",
           *       "default": false
           *     }
           */
          retentionPolicy?: {
            /**
             * @description The retention policy name
             * @example one_week
             */
            name: string;
            /**
             * @description How long data is kept: 1h or more, or INF
             * @example 7d
             */
            duration: string;
            /** @description Copies of each point (1 on a single server); default 1 */
            replication?: number;
            /**
             * @description How long each shard group spans, e.g. 1d
             * @example 1h30m
             */
            shardDuration?: string;
            /** @description Make it the database default */
            default?: boolean;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "retentionPolicy": "one_week"
             *     }
             */
            data: {
              database: string;
              retentionPolicy?: string;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxDatabaseDrop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "dropped": true
             *     }
             */
            data: {
              database: string;
              /** @enum {boolean} */
              dropped: true;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxRetentionPolicyList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "name": "autogen",
             *         "duration": "0s",
             *         "shardDuration": "168h0m0s",
             *         "replication": 1,
             *         "default": true
             *       }
             *     ]
             */
            data: {
              name: string;
              duration: string;
              shardDuration: string;
              replication: number;
              default: boolean;
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxRetentionPolicyCreate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description The retention policy name
           * @example one_week
           */
          name: string;
          /**
           * @description How long data is kept: 1h or more, or INF
           * @example 7d
           */
          duration: string;
          /** @description Copies of each point (1 on a single server); default 1 */
          replication?: number;
          /**
           * @description How long each shard group spans, e.g. 1d
           * @example 1h30m
           */
          shardDuration?: string;
          /** @description Make it the database default */
          default?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "name": "one_week",
             *       "duration": "168h0m0s",
             *       "shardDuration": "24h0m0s",
             *       "replication": 1,
             *       "default": false
             *     }
             */
            data: {
              name: string;
              duration: string;
              shardDuration: string;
              replication: number;
              default: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxRetentionPolicyDrop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A retention policy name */
        rp: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "retentionPolicy": "one_week",
             *       "dropped": true
             *     }
             */
            data: {
              database: string;
              retentionPolicy: string;
              /** @enum {boolean} */
              dropped: true;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxRetentionPolicyAlter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A retention policy name */
        rp: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description How long data is kept: 1h or more, or INF
           * @example 7d
           */
          duration?: string;
          /** @description Copies of each point (1 on a single server); default 1 */
          replication?: number;
          /**
           * @description How long each shard group spans, e.g. 1d
           * @example 1h30m
           */
          shardDuration?: string;
          /**
           * @description Make it the default (another policy becoming default is the only way to unset it)
           * @enum {boolean}
           */
          default?: true;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "name": "one_week",
             *       "duration": "168h0m0s",
             *       "shardDuration": "24h0m0s",
             *       "replication": 1,
             *       "default": false
             *     }
             */
            data: {
              name: string;
              duration: string;
              shardDuration: string;
              replication: number;
              default: boolean;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxMeasurementList: {
    parameters: {
      query?: {
        /** @description A substring, taken literally (turned into an escaped regex) */
        match?: string;
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       "cpu_load",
             *       "mem"
             *     ]
             */
            data: string[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxMeasurementGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A measurement name */
        m: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "name": "cpu_load",
             *       "tagKeys": [
             *         "host",
             *         "region"
             *       ],
             *       "fieldKeys": [
             *         {
             *           "name": "value",
             *           "type": "float"
             *         }
             *       ]
             *     }
             */
            data: {
              database: string;
              name: string;
              tagKeys: string[];
              fieldKeys: {
                name: string;
                type: string;
              }[];
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxMeasurementDrop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A measurement name */
        m: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "measurement": "cpu_load",
             *       "dropped": true
             *     }
             */
            data: {
              database: string;
              measurement: string;
              /** @enum {boolean} */
              dropped: true;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxTagValueList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A measurement name */
        m: string;
        /** @description A tag key */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       "server01",
             *       "server02"
             *     ]
             */
            data: string[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxSeriesList: {
    parameters: {
      query?: {
        /** @description Only the series of this measurement */
        measurement?: string;
        /** @description At most this many series */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "key": "cpu_load,host=server01,region=us-west",
             *         "measurement": "cpu_load",
             *         "tags": {
             *           "host": "server01",
             *           "region": "us-west"
             *         }
             *       }
             *     ]
             */
            data: {
              key: string;
              measurement: string;
              tags: {
                [key: string]: string;
              };
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxContinuousQueryList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "name": "cpu_hourly",
             *         "query": "CREATE CONTINUOUS QUERY cpu_hourly ON my_db BEGIN SELECT mean(value) AS value INTO my_db.autogen.cpu_load_1h FROM my_db.autogen.cpu_load GROUP BY time(1h), host END"
             *       }
             *     ]
             */
            data: {
              name: string;
              query: string;
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxContinuousQueryCreate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description The continuous query name
           * @example cpu_hourly
           */
          name: string;
          /** @description Either structured parts (as in _search, plus from and into) or the text of one SELECT ... INTO */
          query:
            | string
            | {
                /** @description Field or tag names, or {alias: field} / {alias: {function: field}} / {alias: {function: [field, n]}} */
                select?:
                  | string[]
                  | {
                      [key: string]:
                        | string
                        | {
                            [key: string]: string | [string, number | string];
                          };
                    };
                /** @description Tag or field conditions joined by AND: a value (equality) or {eq, ne, gt, gte, lt, lte, in, regex, not}; time: {gte, gt, lte, lt} with RFC3339 or now-1h */
                where?: {
                  time?: {
                    /** @example 2009-11-10T23:00:00Z */
                    gte?: string;
                    /** @example 2009-11-10T23:00:00Z */
                    gt?: string;
                    /** @example 2009-11-10T23:00:00Z */
                    lte?: string;
                    /** @example 2009-11-10T23:00:00Z */
                    lt?: string;
                  };
                } & {
                  [key: string]:
                    | (string | number | boolean)
                    | {
                        eq?: string | number | boolean;
                        ne?: string | number | boolean;
                        gt?: number | string;
                        gte?: number | string;
                        lt?: number | string;
                        lte?: number | string;
                        in?: (string | number | boolean)[];
                        /** @description An RE2 pattern, e.g. ^web- */
                        regex?: string;
                        not?: {
                          eq?: string | number | boolean;
                          ne?: string | number | boolean;
                          gt?: number | string;
                          gte?: number | string;
                          lt?: number | string;
                          lte?: number | string;
                          in?: (string | number | boolean)[];
                          /** @description An RE2 pattern, e.g. ^web- */
                          regex?: string;
                        };
                      };
                };
                /** @description Tag names and at most one {time: "5m"} */
                groupBy?: (
                  | string
                  | {
                      /** @example 1h30m */
                      time: string;
                      /** @example 1h30m */
                      offset?: string;
                    }
                )[];
                fill?: ('null' | 'none' | 'previous' | 'linear') | number;
                /**
                 * @description By time
                 * @enum {string}
                 */
                order?: 'asc' | 'desc';
                limit?: number;
                offset?: number;
                /**
                 * @description The source measurement
                 * @example cpu_load
                 */
                from: string;
                into: {
                  /**
                   * @description The target measurement
                   * @example cpu_load_1h
                   */
                  measurement: string;
                  /**
                   * @description The target retention policy
                   * @example one_year
                   */
                  retentionPolicy?: string;
                };
              };
          /** @description How often it runs and how far back it looks */
          resample?: {
            /** @example 1h30m */
            every?: string;
            /** @example 1h30m */
            for?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "name": "cpu_hourly",
             *       "query": "CREATE CONTINUOUS QUERY cpu_hourly ON my_db BEGIN SELECT mean(value) AS value INTO my_db.autogen.cpu_load_1h FROM my_db.autogen.cpu_load GROUP BY time(1h), host END"
             *     }
             */
            data: {
              database: string;
              name: string;
              /** @description As InfluxDB stores it */
              query: string;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxContinuousQueryDrop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A continuous query name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "continuousQuery": "cpu_hourly",
             *       "dropped": true
             *     }
             */
            data: {
              database: string;
              continuousQuery: string;
              /** @enum {boolean} */
              dropped: true;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxWritePoints: {
    parameters: {
      query?: {
        /** @description Unit of integer times (JSON time or line protocol timestamps); default ns */
        precision?: 'ns' | 'u' | 'ms' | 's' | 'm' | 'h';
        /** @description Write into this retention policy instead of the default one */
        rp?: string;
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    /** @description One JSON point, an array of them (at most 50000), or line protocol sent as text/plain. A JSON number is written as a float (as the original HostMonitor did); write an integer as {"int": 3} (or {"int": "9223372036854775807"}), and {"float": n}, {"string": "s"}, {"bool": true} are accepted too; plain JSON strings and booleans are written as such. */
    requestBody: {
      content: {
        'application/json':
          | {
              /** @description The measurement */
              measurement: string;
              /** @description Tag keys and values (strings) */
              tags?: {
                [key: string]: string;
              };
              /** @description Field values: a JSON number is written as a float, a boolean as a boolean, a string as a string; {"int": 3} writes an integer */
              fields: {
                [key: string]:
                  | number
                  | boolean
                  | string
                  | (
                      | {
                          int: number | string;
                        }
                      | {
                          float: number;
                        }
                      | {
                          string: string;
                        }
                      | {
                          bool: boolean;
                        }
                    );
              };
              /** @description RFC3339, or an integer (number, or string of digits) in the `precision` of the request; the server time when absent */
              time?: string | number;
            }
          | {
              /** @description The measurement */
              measurement: string;
              /** @description Tag keys and values (strings) */
              tags?: {
                [key: string]: string;
              };
              /** @description Field values: a JSON number is written as a float, a boolean as a boolean, a string as a string; {"int": 3} writes an integer */
              fields: {
                [key: string]:
                  | number
                  | boolean
                  | string
                  | (
                      | {
                          int: number | string;
                        }
                      | {
                          float: number;
                        }
                      | {
                          string: string;
                        }
                      | {
                          bool: boolean;
                        }
                    );
              };
              /** @description RFC3339, or an integer (number, or string of digits) in the `precision` of the request; the server time when absent */
              time?: string | number;
            }[]
          | string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @description 207 (resultcode 20700) when InfluxDB dropped some points: dropped and reason say which and why
             * @example {
             *       "database": "my_db",
             *       "written": 2
             *     }
             */
            data: {
              database: string;
              retentionPolicy?: string;
              written: number;
              dropped?: number;
              reason?: string;
            };
          };
        };
      };
      /** @description Default Response */
      207: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 20700;
            message: string;
            /**
             * @description 207 (resultcode 20700) when InfluxDB dropped some points: dropped and reason say which and why
             * @example {
             *       "database": "my_db",
             *       "written": 2
             *     }
             */
            data: {
              database: string;
              retentionPolicy?: string;
              written: number;
              dropped?: number;
              reason?: string;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InfluxQL; several statements separated by ; */
          q: string;
          /** @description Bound parameters: $name in q */
          params?: {
            [key: string]: string | number | boolean;
          };
          /**
           * @description Times as integers in this unit instead of RFC3339 strings
           * @enum {string}
           */
          epoch?: 'ns' | 'u' | 'ms' | 's' | 'm' | 'h';
          /**
           * @description series: InfluxDB's own; rows: one object per value row, its series' tags merged in (series names are dropped: use series when a statement reads several measurements)
           * @default series
           * @enum {string}
           */
          format?: 'series' | 'rows';
          /**
           * @description Allow statements other than reads (SELECT without INTO, SHOW, EXPLAIN)
           * @default false
           */
          admin?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "statementId": 0,
             *         "rows": [
             *           {
             *             "time": "2009-11-10T23:00:00Z",
             *             "mean": 0.64
             *           }
             *         ]
             *       }
             *     ]
             */
            data: (
              | {
                  statementId: number;
                  series: {
                    name?: string;
                    tags?: {
                      [key: string]: string;
                    };
                    columns: string[];
                    values?: unknown[][];
                  }[];
                }
              | {
                  statementId: number;
                  rows: {
                    [key: string]: unknown;
                  }[];
                }
            )[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxSearch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A measurement name */
        m: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description Field or tag names, or {alias: field} / {alias: {function: field}} / {alias: {function: [field, n]}} */
          select?:
            | string[]
            | {
                [key: string]:
                  | string
                  | {
                      [key: string]: string | [string, number | string];
                    };
              };
          /** @description Tag or field conditions joined by AND: a value (equality) or {eq, ne, gt, gte, lt, lte, in, regex, not}; time: {gte, gt, lte, lt} with RFC3339 or now-1h */
          where?: {
            time?: {
              /** @example 2009-11-10T23:00:00Z */
              gte?: string;
              /** @example 2009-11-10T23:00:00Z */
              gt?: string;
              /** @example 2009-11-10T23:00:00Z */
              lte?: string;
              /** @example 2009-11-10T23:00:00Z */
              lt?: string;
            };
          } & {
            [key: string]:
              | (string | number | boolean)
              | {
                  eq?: string | number | boolean;
                  ne?: string | number | boolean;
                  gt?: number | string;
                  gte?: number | string;
                  lt?: number | string;
                  lte?: number | string;
                  in?: (string | number | boolean)[];
                  /** @description An RE2 pattern, e.g. ^web- */
                  regex?: string;
                  not?: {
                    eq?: string | number | boolean;
                    ne?: string | number | boolean;
                    gt?: number | string;
                    gte?: number | string;
                    lt?: number | string;
                    lte?: number | string;
                    in?: (string | number | boolean)[];
                    /** @description An RE2 pattern, e.g. ^web- */
                    regex?: string;
                  };
                };
          };
          /** @description Tag names and at most one {time: "5m"} */
          groupBy?: (
            | string
            | {
                /** @example 1h30m */
                time: string;
                /** @example 1h30m */
                offset?: string;
              }
          )[];
          fill?: ('null' | 'none' | 'previous' | 'linear') | number;
          /**
           * @description By time
           * @enum {string}
           */
          order?: 'asc' | 'desc';
          limit?: number;
          offset?: number;
          /** @description Read from this retention policy instead of the default one */
          retentionPolicy?: string;
          /**
           * @description Times as integers in this unit instead of RFC3339 strings
           * @enum {string}
           */
          epoch?: 'ns' | 'u' | 'ms' | 's' | 'm' | 'h';
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "query": "SELECT mean(\"value\") AS \"avg\" FROM \"cpu_load\" GROUP BY \"host\"",
             *       "rows": [
             *         {
             *           "host": "server01",
             *           "time": "1970-01-01T00:00:00Z",
             *           "avg": 0.64
             *         }
             *       ]
             *     }
             */
            data: {
              /** @description The InfluxQL that ran */
              query: string;
              rows: {
                [key: string]: unknown;
              }[];
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxDeletePoints: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A database name (URL-encoded) */
        db: string;
        /** @description A measurement name */
        m: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Inclusive start
           * @example 2009-11-10T23:00:00Z
           */
          from?: string;
          /**
           * @description Exclusive end
           * @example 2009-11-10T23:00:00Z
           */
          to?: string;
          /** @description Tag conditions: a value, or {in, regex, ne, not} */
          tags?: {
            [key: string]:
              | (string | number | boolean)
              | {
                  eq?: string | number | boolean;
                  ne?: string | number | boolean;
                  gt?: number | string;
                  gte?: number | string;
                  lt?: number | string;
                  lte?: number | string;
                  in?: (string | number | boolean)[];
                  /** @description An RE2 pattern, e.g. ^web- */
                  regex?: string;
                  not?: {
                    eq?: string | number | boolean;
                    ne?: string | number | boolean;
                    gt?: number | string;
                    gte?: number | string;
                    lt?: number | string;
                    lte?: number | string;
                    in?: (string | number | boolean)[];
                    /** @description An RE2 pattern, e.g. ^web- */
                    regex?: string;
                  };
                };
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "database": "my_db",
             *       "measurement": "cpu_load",
             *       "statement": "DELETE FROM \"cpu_load\" WHERE time >= '2009-11-10T00:00:00Z' AND \"host\" = 'server01'"
             *     }
             */
            data: {
              database: string;
              measurement: string;
              statement: string;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxTaskList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "id": "0c5bb4fa1f6d3000",
             *         "name": "cpu_hourly",
             *         "status": "active",
             *         "every": "1h",
             *         "offset": "5m",
             *         "flux": "option task = {name: \"cpu_hourly\", every: 1h, offset: 5m}\n\nfrom(bucket: \"telegraf\") |> range(start: -task.every) |> aggregateWindow(every: 1h, fn: mean) |> to(bucket: \"telegraf_hourly\")",
             *         "lastRunStatus": "success",
             *         "latestCompleted": "2026-12-01T06:00:00Z"
             *       }
             *     ]
             */
            data: {
              id: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'inactive';
              every?: string;
              cron?: string;
              offset?: string;
              /** @description As InfluxDB stores it, the option task block included */
              flux: string;
              /** @enum {string} */
              lastRunStatus?: 'failed' | 'success' | 'canceled';
              lastRunError?: string;
              /** @description The latest time the task has run up to */
              latestCompleted?: string;
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxTaskCreate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description The task name
           * @example cpu_hourly
           */
          name: string;
          /** @description What the task runs, without an `option task` of its own: the gateway writes it from name, every or cron, and offset */
          flux: string;
          /**
           * @description Run at this interval
           * @example 1h
           */
          every?: string;
          /**
           * @description Run on this cron schedule (instead of every)
           * @example 0 * * * *
           */
          cron?: string;
          /**
           * @description Delay each run by this much (late data)
           * @example 1h
           */
          offset?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "id": "0c5bb4fa1f6d3000",
             *       "name": "cpu_hourly",
             *       "status": "active",
             *       "every": "1h",
             *       "offset": "5m",
             *       "flux": "option task = {name: \"cpu_hourly\", every: 1h, offset: 5m}\n\nfrom(bucket: \"telegraf\") |> range(start: -task.every) |> aggregateWindow(every: 1h, fn: mean) |> to(bucket: \"telegraf_hourly\")",
             *       "lastRunStatus": "success",
             *       "latestCompleted": "2026-12-01T06:00:00Z"
             *     }
             */
            data: {
              id: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'inactive';
              every?: string;
              cron?: string;
              offset?: string;
              /** @description As InfluxDB stores it, the option task block included */
              flux: string;
              /** @enum {string} */
              lastRunStatus?: 'failed' | 'success' | 'canceled';
              lastRunError?: string;
              /** @description The latest time the task has run up to */
              latestCompleted?: string;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxTaskDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A task ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "id": "0c5bb4fa1f6d3000",
             *       "deleted": true
             *     }
             */
            data: {
              id: string;
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxTaskUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A task ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description active runs the task on its schedule; inactive stops it
           * @enum {string}
           */
          status: 'active' | 'inactive';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "id": "0c5bb4fa1f6d3000",
             *       "name": "cpu_hourly",
             *       "status": "active",
             *       "every": "1h",
             *       "offset": "5m",
             *       "flux": "option task = {name: \"cpu_hourly\", every: 1h, offset: 5m}\n\nfrom(bucket: \"telegraf\") |> range(start: -task.every) |> aggregateWindow(every: 1h, fn: mean) |> to(bucket: \"telegraf_hourly\")",
             *       "lastRunStatus": "success",
             *       "latestCompleted": "2026-12-01T06:00:00Z"
             *     }
             */
            data: {
              id: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'inactive';
              every?: string;
              cron?: string;
              offset?: string;
              /** @description As InfluxDB stores it, the option task block included */
              flux: string;
              /** @enum {string} */
              lastRunStatus?: 'failed' | 'success' | 'canceled';
              lastRunError?: string;
              /** @description The latest time the task has run up to */
              latestCompleted?: string;
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxTaskRunList: {
    parameters: {
      query?: {
        /** @description At most this many runs, newest first */
        limit?: number;
        /** @description true: each run with its log lines (one more call per run) */
        logs?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
        /** @description A task ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "id": "0c5bb5d6e0ed3000",
             *         "status": "success",
             *         "scheduledFor": "2026-12-01T06:00:00Z",
             *         "startedAt": "2026-12-01T06:05:00.0125Z",
             *         "finishedAt": "2026-12-01T06:05:00.0431Z",
             *         "logs": [
             *           {
             *             "time": "2026-12-01T06:05:00.0125Z",
             *             "message": "Started task from script: ..."
             *           }
             *         ]
             *       }
             *     ]
             */
            data: {
              id: string;
              /** @enum {string} */
              status: 'scheduled' | 'started' | 'failed' | 'success' | 'canceled';
              scheduledFor: string | null;
              startedAt: string | null;
              finishedAt: string | null;
              /** @description With ?logs=true */
              logs?: {
                time: string | null;
                message: string;
              }[];
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  influxFluxQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured instance name, e.g. default */
        instance: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Flux */
          query: string;
          /** @description Flux parameters: params.name in the query, each bound as a typed literal (an integer, a float, a string, a boolean), never spliced into the text */
          params?: {
            [key: string]: string | number | boolean;
          };
          /**
           * @description rows: one list of rows (each with Flux's result and table columns, typed from the CSV annotations); csv: InfluxDB's annotated CSV streamed as it comes (text/csv); ndjson: the rows streamed one a line (application/x-ndjson)
           * @default rows
           * @enum {string}
           */
          format?: 'rows' | 'csv' | 'ndjson';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "result": "_result",
             *         "table": 0,
             *         "_start": "2026-12-01T05:00:00Z",
             *         "_stop": "2026-12-01T06:00:00Z",
             *         "_measurement": "cpu",
             *         "host": "server01",
             *         "_field": "usage",
             *         "_value": 0.64
             *       }
             *     ]
             */
            data: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  mixInstanceList: {
    parameters: {
      query?: {
        /** @description Only instances whose labels.region equals this */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "kind": "influx",
             *         "name": "default",
             *         "url": "http://127.0.0.1:8086",
             *         "labels": {
             *           "region": "eu-west"
             *         },
             *         "reachable": true,
             *         "version": "1.6.7~rc0"
             *       }
             *     ]
             */
            data: {
              /** @enum {string} */
              kind: 'es' | 'influx';
              name: string;
              /** @description The server URL, without credentials */
              url: string;
              flavor?: string;
              labels: {
                [key: string]: string;
              };
              reachable: boolean;
              version?: string;
              error?: string;
            }[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  mixQuery: {
    parameters: {
      query?: {
        /** @description true: return the plan (backend queries, pushed filters, steps in memory) without running it */
        explain?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @description Named sources, fetched before the pipeline runs */
              sources: {
                [key: string]:
                  | {
                      /** @description The Elasticsearch instance */
                      es: string;
                      /** @description Index, alias or pattern */
                      index: string;
                      /** @description Query DSL, as the "query" of _search */
                      query?: {
                        [key: string]: unknown;
                      };
                      /** @description A range on a date field, ANDed with the query; bounds are read by the field's date format (by default RFC3339 and epoch milliseconds) */
                      time?: {
                        /** @description A date field */
                        field: string;
                        gte?: string | number;
                        gt?: string | number;
                        lte?: string | number;
                        lt?: string | number;
                      };
                      /** @description Bucket inside Elasticsearch: the rows are the buckets (a composite aggregation, every page), one per group */
                      aggregate?: {
                        /** @description Columns making a bucket, in order: {name: {"terms": field} | {"timeBucket": [field, "5m"]}}; a time bucket is an RFC3339 string (UTC) */
                        groupBy: {
                          [key: string]:
                            | {
                                /** @description A keyword, number or boolean field (not text: use its keyword sub-field) */
                                terms: string;
                              }
                            | {
                                /** @description [field, duration]: buckets aligned to the Unix epoch, UTC */
                                timeBucket: [string, string];
                              };
                        };
                        /**
                         * @description Columns computed per bucket, {name: {metric: field}}: count ("*" counts documents, a field its values), sum, avg, min, max; distinct (cardinality) and p50/p90/p95/p99 (percentiles, TDigest) are approximate
                         * @default {}
                         */
                        metrics?: {
                          [key: string]: {
                            /** @description An Elasticsearch field, e.g. host.name */
                            count?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            sum?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            avg?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            min?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            max?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            distinct?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            p50?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            p90?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            p95?: string;
                            /** @description An Elasticsearch field, e.g. host.name */
                            p99?: string;
                          };
                        };
                      };
                      /** @description The document fields to fetch (default: all); nested objects become dotted columns, e.g. host.name */
                      fields?: string[];
                      /** @description Only the first n matching documents */
                      size?: number;
                      /** @description Fetch every matching document (point in time + search_after); without it (and without size) more than 10000 matches is refused */
                      all?: boolean;
                    }
                  | {
                      /** @description An InfluxDB 2.x instance */
                      influx: string;
                      /** @description Flux, run with the instance's read-only token (credentials.read) where the instance sets fluxForReaders; elsewhere it needs admin on the instance (Flux can write) */
                      flux: string;
                      /** @description Flux parameters: params.name in the query, each bound as a typed literal (an integer, a float, a string, a boolean), never spliced into the text */
                      params?: {
                        [key: string]: string | number | boolean;
                      };
                    }
                  | {
                      /** @description The InfluxDB instance */
                      influx: string;
                      /** @description The database */
                      db: string;
                      /** @description Read-only InfluxQL: one SELECT without INTO, EXPLAIN of one, or SHOW of the schema */
                      q: string;
                    }
                  | {
                      /** @description The InfluxDB instance */
                      influx: string;
                      /** @description The database */
                      db: string;
                      measurement: string;
                      /** @description Field or tag names, or {alias: field} / {alias: {function: field}} / {alias: {function: [field, n]}} */
                      select?:
                        | string[]
                        | {
                            [key: string]:
                              | string
                              | {
                                  [key: string]: string | [string, number | string];
                                };
                          };
                      /** @description Tag or field conditions joined by AND: a value (equality) or {eq, ne, gt, gte, lt, lte, in, regex, not}; time: {gte, gt, lte, lt} with RFC3339 or now-1h */
                      where?: {
                        time?: {
                          /** @example 2009-11-10T23:00:00Z */
                          gte?: string;
                          /** @example 2009-11-10T23:00:00Z */
                          gt?: string;
                          /** @example 2009-11-10T23:00:00Z */
                          lte?: string;
                          /** @example 2009-11-10T23:00:00Z */
                          lt?: string;
                        };
                      } & {
                        [key: string]:
                          | (string | number | boolean)
                          | {
                              eq?: string | number | boolean;
                              ne?: string | number | boolean;
                              gt?: number | string;
                              gte?: number | string;
                              lt?: number | string;
                              lte?: number | string;
                              in?: (string | number | boolean)[];
                              /** @description An RE2 pattern, e.g. ^web- */
                              regex?: string;
                              not?: {
                                eq?: string | number | boolean;
                                ne?: string | number | boolean;
                                gt?: number | string;
                                gte?: number | string;
                                lt?: number | string;
                                lte?: number | string;
                                in?: (string | number | boolean)[];
                                /** @description An RE2 pattern, e.g. ^web- */
                                regex?: string;
                              };
                            };
                      };
                      /** @description Tag names and at most one {time: "5m"} */
                      groupBy?: (
                        | string
                        | {
                            /** @example 1h30m */
                            time: string;
                            /** @example 1h30m */
                            offset?: string;
                          }
                      )[];
                      fill?: ('null' | 'none' | 'previous' | 'linear') | number;
                      /**
                       * @description By time
                       * @enum {string}
                       */
                      order?: 'asc' | 'desc';
                      limit?: number;
                      offset?: number;
                      /** @description Read from this retention policy instead of the default one */
                      retentionPolicy?: string;
                    };
              };
              /** @description Operators applied in order to the rows (at most limits.pipeline.maxSteps) */
              pipeline?: {
                /** @description Hash join of the current rows (left) with a source (right), or an as-of join on time */
                join?: {
                  /** @description The source the pipeline starts from; only in the first step (later joins join the current rows) */
                  left?: string;
                  /** @description The source joined to the current rows */
                  right: string;
                  /** @description Equal fields, {leftField: rightField}; optional with asof */
                  on?: {
                    [key: string]: string;
                  };
                  /**
                   * @default inner
                   * @enum {string}
                   */
                  how?: 'inner' | 'left' | 'right' | 'full';
                  /** @description Put before a right column name that the left rows have too */
                  prefix?: string;
                  /** @description Put after such a name (default "_<right>" when neither is given) */
                  suffix?: string;
                  /** @description Match each row to the right row nearest in time (RFC3339 text, epoch milliseconds or times), among those with equal on fields */
                  asof?: {
                    /** @description The current rows' time column */
                    left: string;
                    /** @description The right source's time column */
                    right: string;
                    /**
                     * @description backward: the latest right time <= the left time; forward: the earliest >=
                     * @default backward
                     * @enum {string}
                     */
                    direction?: 'backward' | 'forward';
                    /** @description A farther match counts as none */
                    within?: string;
                  };
                };
                /** @description {field: {condition: value}} (all must hold), with and, or, not ("and", "or", "not" are not field names) */
                filter?: {
                  /** @description Every filter holds */
                  and?: Record<string, never>[];
                  /** @description Some filter holds */
                  or?: Record<string, never>[];
                  /** @description The filter does not hold */
                  not?: Record<string, never>;
                } & {
                  [key: string]: {
                    eq?: string | number | boolean;
                    /** @description Has a value, and not this one */
                    ne?: string | number | boolean;
                    gt?: number | string;
                    gte?: number | string;
                    lt?: number | string;
                    lte?: number | string;
                    in?: (string | number | boolean)[];
                    /** @description Has a value, and none of these */
                    nin?: (string | number | boolean)[];
                    exists?: boolean;
                    /** @description A substring of a string, or an element of an array */
                    contains?: string | number | boolean;
                    prefix?: string;
                    /** @description An RE2 pattern (as InfluxDB's =~), found anywhere in a string value; at most 1000 characters */
                    regex?: string;
                  };
                };
                /** @description New or replaced columns, {name: expression}, computed from the columns before the step */
                derive?: {
                  [key: string]: unknown;
                };
                /** @description One row per group, with its metrics */
                aggregate?: {
                  /** @description Fields whose values make a group (none: one group) */
                  groupBy?: string[];
                  /**
                   * @description Output columns, {name: {metric: field}}; count "*" counts rows
                   * @default {}
                   */
                  metrics?: {
                    [key: string]: {
                      count?: string | '*';
                      /** @description A column name */
                      sum?: string;
                      /** @description A column name */
                      avg?: string;
                      /** @description A column name */
                      min?: string;
                      /** @description A column name */
                      max?: string;
                      /** @description A column name */
                      first?: string;
                      /** @description A column name */
                      last?: string;
                      /** @description A column name */
                      distinct?: string;
                      /** @description A column name */
                      p50?: string;
                      /** @description A column name */
                      p90?: string;
                      /** @description A column name */
                      p95?: string;
                      /** @description A column name */
                      p99?: string;
                    };
                  };
                };
                /** @description Adds the missing rows of a time grid, per group, ordered by the by columns then time */
                fill?: {
                  /** @description The time column: bucket starts on the grid */
                  time: string;
                  /** @description The grid step */
                  every: string;
                  /** @description Columns whose values make a group (each group gets the whole grid) */
                  by?: string[];
                  /** @description What an added row holds per column: "previous" (the last non-null value before), {"value": v} or null (the default) */
                  with?: {
                    [key: string]: unknown;
                  };
                  /** @description The first grid time (default: the smallest time of the rows) */
                  from?: string;
                  /** @description The last grid time (default: the largest) */
                  to?: string;
                };
                /** @description [{field: "asc" | "desc"}, ...]: stable, nulls last */
                sort?: {
                  [key: string]: 'asc' | 'desc';
                }[];
                /** @description A row count, or {count, offset} */
                limit?:
                  | number
                  | {
                      count: number;
                      /** @default 0 */
                      offset?: number;
                    };
                /** @description Keep and rename columns */
                project?: {
                  /** @description The columns to keep, in order */
                  keep?: string[];
                  /** @description {old: new} */
                  rename?: {
                    [key: string]: string;
                  };
                };
                /** @description Write the current rows (needs write permission on the target) and pass them on */
                upsert?:
                  | {
                      es: string;
                      index: string;
                      /** @description The column holding each document id */
                      id: string;
                    }
                  | {
                      influx: string;
                      db: string;
                      /** @description A column name */
                      measurement: string;
                      /** @description Columns written as tags (their values as strings) */
                      tags: string[];
                      /** @description Columns written as fields: numbers as floats, strings, booleans */
                      fields: string[];
                      /** @description The time column: RFC3339 or epoch milliseconds (default: the server time) */
                      time?: string;
                    };
              }[];
              /**
               * @description How the pipeline runs; the rows are the same either way
               * @default {
               *       "pushdown": true
               *     }
               */
              options?: {
                /**
                 * @description Move filters into the source queries, fetch a join's right side only for the left keys, trim fetched fields; false runs everything in memory
                 * @default true
                 */
                pushdown?: boolean;
              };
            }
          | {
              /** @description The pipeline in its text form */
              text: string;
              /** @description As options of the JSON form; they override an options line of the text */
              options?: {
                [key: string]: unknown;
              };
            };
        'text/plain': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "columns": [
             *         "region",
             *         "hosts",
             *         "avgCpu"
             *       ],
             *       "rows": [
             *         {
             *           "region": "us",
             *           "hosts": 12,
             *           "avgCpu": 91.5
             *         },
             *         {
             *           "region": "eu",
             *           "hosts": 4,
             *           "avgCpu": 85.2
             *         }
             *       ],
             *       "stats": {
             *         "sources": {
             *           "hosts": {
             *             "rows": 250,
             *             "bytes": 16500,
             *             "ms": 12.4,
             *             "query": {
             *               "query": {
             *                 "term": {
             *                   "env": "prod"
             *                 }
             *               },
             *               "_source": [
             *                 "hostname",
             *                 "region"
             *               ],
             *               "size": 10000,
             *               "track_total_hits": true
             *             },
             *             "requests": 1
             *           },
             *           "cpu": {
             *             "rows": 240,
             *             "bytes": 9120,
             *             "ms": 8.1,
             *             "query": "SELECT mean(\"usage_user\") AS \"cpu\" FROM \"cpu\" WHERE time >= now() - 1h AND (\"host\" = 'web-1' OR ...) GROUP BY \"host\"",
             *             "requests": 1,
             *             "semiJoin": {
             *               "keys": 250,
             *               "restricted": true
             *             }
             *           }
             *         },
             *         "steps": [
             *           {
             *             "step": 0,
             *             "rows": 250,
             *             "ms": 2.1
             *           },
             *           {
             *             "step": 1,
             *             "rows": 16,
             *             "ms": 0.9
             *           },
             *           {
             *             "step": 2,
             *             "rows": 2,
             *             "ms": 1.2
             *           },
             *           {
             *             "step": 3,
             *             "rows": 2,
             *             "ms": 0.6
             *           },
             *           {
             *             "step": 4,
             *             "rows": 2,
             *             "ms": 0.5
             *           }
             *         ],
             *         "upserts": [
             *           {
             *             "step": 5,
             *             "target": "es/default/hot-regions",
             *             "written": 2,
             *             "failed": 0,
             *             "errors": []
             *           }
             *         ],
             *         "ms": 31.7
             *       }
             *     }
             */
            data:
              | {
                  columns: string[];
                  rows: {
                    [key: string]: unknown;
                  }[];
                  stats: {
                    sources: {
                      [key: string]: {
                        /** @description Rows the source gave the pipeline */
                        rows: number;
                        /** @description Their size as the maxBytes budget counts it (about their JSON text) */
                        bytes: number;
                        ms: number;
                        /** @description The backend query run: an Elasticsearch search body, InfluxQL text, or a list of them (semi-join chunks) */
                        query: unknown;
                        /** @description Backend calls: pages of a point in time, chunks of a semi-join */
                        requests: number;
                        semiJoin?: {
                          /** @description Distinct left keys */
                          keys: number;
                          /** @description false: more keys than the limit, read whole */
                          restricted: boolean;
                        };
                      };
                    };
                    /** @description Each step run on DuckDB (a filter pushed whole into its source is not) */
                    steps: {
                      /** @description The step in the pipeline */
                      step: number;
                      /** @description Rows of the table the step made (on DuckDB) */
                      rows: number;
                      ms: number;
                    }[];
                    upserts?: {
                      /** @description The upsert step in the pipeline */
                      step: number;
                      /** @example es/default/hot-regions */
                      target: string;
                      written: number;
                      failed: number;
                      /** @description Why rows were not written (the first 100) */
                      errors: {
                        /** @description Row position (or first..last) among the rows the step wrote */
                        rows: string;
                        reason: string;
                      }[];
                    }[];
                    /** @description The whole pipeline */
                    ms: number;
                  };
                }
              | {
                  pushdown: boolean;
                  /** @description The source the rows start from */
                  start: string;
                  sources: {
                    [key: string]: {
                      /** @example es/default */
                      backend: string;
                      /** @description What will be sent: {index, mode, body} for Elasticsearch, InfluxQL text for InfluxDB */
                      query: unknown;
                      /** @description Filters moved into the query; fetched rows are filtered by them again in memory, which makes the result exact */
                      pushed: {
                        /** @description The filter step it came from */
                        from: string;
                        filter: unknown;
                      }[];
                      semiJoin?: {
                        step: number;
                        on: {
                          [key: string]: string;
                        };
                        maxKeys: number;
                        description: string;
                      };
                    };
                  };
                  /** @description Outer joins made inner because a filter below them rejects their null-padded rows */
                  joins: {
                    step: number;
                    /** @enum {string} */
                    from: 'inner' | 'left' | 'right' | 'full';
                    /** @enum {string} */
                    to: 'inner' | 'left' | 'right' | 'full';
                    because: string;
                  }[];
                  /** @description The steps left in memory, in the request's language */
                  steps: ({
                    step: number;
                  } & {
                    [key: string]: unknown;
                  })[];
                  /** @description The body in its JSON form, as validated (defaults filled in): what a text body compiled to */
                  pipeline: {
                    [key: string]: unknown;
                  };
                };
          };
          /**
           * @example {"region":"us","hosts":12,"avgCpu":91.5}
           *     {"region":"eu","hosts":4,"avgCpu":85.2}
           */
          'application/x-ndjson': string;
          /**
           * @example region,hosts,avgCpu
           *     us,12,91.5
           *     eu,4,85.2
           */
          'text/csv': string;
        };
      };
      /** @description Default Response */
      207: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 20700;
            message: string;
            /**
             * @example {
             *       "columns": [
             *         "region",
             *         "hosts",
             *         "avgCpu"
             *       ],
             *       "rows": [
             *         {
             *           "region": "us",
             *           "hosts": 12,
             *           "avgCpu": 91.5
             *         },
             *         {
             *           "region": "eu",
             *           "hosts": 4,
             *           "avgCpu": 85.2
             *         }
             *       ],
             *       "stats": {
             *         "sources": {
             *           "hosts": {
             *             "rows": 250,
             *             "bytes": 16500,
             *             "ms": 12.4,
             *             "query": {
             *               "query": {
             *                 "term": {
             *                   "env": "prod"
             *                 }
             *               },
             *               "_source": [
             *                 "hostname",
             *                 "region"
             *               ],
             *               "size": 10000,
             *               "track_total_hits": true
             *             },
             *             "requests": 1
             *           },
             *           "cpu": {
             *             "rows": 240,
             *             "bytes": 9120,
             *             "ms": 8.1,
             *             "query": "SELECT mean(\"usage_user\") AS \"cpu\" FROM \"cpu\" WHERE time >= now() - 1h AND (\"host\" = 'web-1' OR ...) GROUP BY \"host\"",
             *             "requests": 1,
             *             "semiJoin": {
             *               "keys": 250,
             *               "restricted": true
             *             }
             *           }
             *         },
             *         "steps": [
             *           {
             *             "step": 0,
             *             "rows": 250,
             *             "ms": 2.1
             *           },
             *           {
             *             "step": 1,
             *             "rows": 16,
             *             "ms": 0.9
             *           },
             *           {
             *             "step": 2,
             *             "rows": 2,
             *             "ms": 1.2
             *           },
             *           {
             *             "step": 3,
             *             "rows": 2,
             *             "ms": 0.6
             *           },
             *           {
             *             "step": 4,
             *             "rows": 2,
             *             "ms": 0.5
             *           }
             *         ],
             *         "upserts": [
             *           {
             *             "step": 5,
             *             "target": "es/default/hot-regions",
             *             "written": 2,
             *             "failed": 0,
             *             "errors": []
             *           }
             *         ],
             *         "ms": 31.7
             *       }
             *     }
             */
            data:
              | {
                  columns: string[];
                  rows: {
                    [key: string]: unknown;
                  }[];
                  stats: {
                    sources: {
                      [key: string]: {
                        /** @description Rows the source gave the pipeline */
                        rows: number;
                        /** @description Their size as the maxBytes budget counts it (about their JSON text) */
                        bytes: number;
                        ms: number;
                        /** @description The backend query run: an Elasticsearch search body, InfluxQL text, or a list of them (semi-join chunks) */
                        query: unknown;
                        /** @description Backend calls: pages of a point in time, chunks of a semi-join */
                        requests: number;
                        semiJoin?: {
                          /** @description Distinct left keys */
                          keys: number;
                          /** @description false: more keys than the limit, read whole */
                          restricted: boolean;
                        };
                      };
                    };
                    /** @description Each step run on DuckDB (a filter pushed whole into its source is not) */
                    steps: {
                      /** @description The step in the pipeline */
                      step: number;
                      /** @description Rows of the table the step made (on DuckDB) */
                      rows: number;
                      ms: number;
                    }[];
                    upserts?: {
                      /** @description The upsert step in the pipeline */
                      step: number;
                      /** @example es/default/hot-regions */
                      target: string;
                      written: number;
                      failed: number;
                      /** @description Why rows were not written (the first 100) */
                      errors: {
                        /** @description Row position (or first..last) among the rows the step wrote */
                        rows: string;
                        reason: string;
                      }[];
                    }[];
                    /** @description The whole pipeline */
                    ms: number;
                  };
                }
              | {
                  pushdown: boolean;
                  /** @description The source the rows start from */
                  start: string;
                  sources: {
                    [key: string]: {
                      /** @example es/default */
                      backend: string;
                      /** @description What will be sent: {index, mode, body} for Elasticsearch, InfluxQL text for InfluxDB */
                      query: unknown;
                      /** @description Filters moved into the query; fetched rows are filtered by them again in memory, which makes the result exact */
                      pushed: {
                        /** @description The filter step it came from */
                        from: string;
                        filter: unknown;
                      }[];
                      semiJoin?: {
                        step: number;
                        on: {
                          [key: string]: string;
                        };
                        maxKeys: number;
                        description: string;
                      };
                    };
                  };
                  /** @description Outer joins made inner because a filter below them rejects their null-padded rows */
                  joins: {
                    step: number;
                    /** @enum {string} */
                    from: 'inner' | 'left' | 'right' | 'full';
                    /** @enum {string} */
                    to: 'inner' | 'left' | 'right' | 'full';
                    because: string;
                  }[];
                  /** @description The steps left in memory, in the request's language */
                  steps: ({
                    step: number;
                  } & {
                    [key: string]: unknown;
                  })[];
                  /** @description The body in its JSON form, as validated (defaults filled in): what a text body compiled to */
                  pipeline: {
                    [key: string]: unknown;
                  };
                };
          };
          /**
           * @example {"region":"us","hosts":12,"avgCpu":91.5}
           *     {"region":"eu","hosts":4,"avgCpu":85.2}
           */
          'application/x-ndjson': string;
          /**
           * @example region,hosts,avgCpu
           *     us,12,91.5
           *     eu,4,85.2
           */
          'text/csv': string;
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Unknown instance, or the named resource does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description It exists already, or a version or field type conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body, or what it asks for, is over a limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The body has a content type the route does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The cluster lacks what the call needs */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  mixResourceList: {
    parameters: {
      query?: {
        /** @description Part of the name, case-sensitive (every index and measurement without it) */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example {
             *       "resources": [
             *         {
             *           "kind": "es",
             *           "instance": "default",
             *           "index": "cpu-hosts",
             *           "docs": 120,
             *           "sizeBytes": 48213
             *         },
             *         {
             *           "kind": "influx",
             *           "instance": "default",
             *           "database": "telegraf",
             *           "measurement": "cpu"
             *         }
             *       ],
             *       "unavailable": [
             *         {
             *           "kind": "es",
             *           "instance": "archive",
             *           "error": "es/archive is unavailable: connect ECONNREFUSED 10.0.0.7:9200"
             *         }
             *       ]
             *     }
             */
            data: {
              resources: (
                | {
                    /** @enum {string} */
                    kind: 'es';
                    instance: string;
                    index: string;
                    docs: number | null;
                    sizeBytes: number | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'influx';
                    instance: string;
                    database: string;
                    measurement: string;
                  }
              )[];
              /** @description Instances that did not answer */
              unavailable: {
                /** @enum {string} */
                kind: 'es' | 'influx';
                instance: string;
                error: string;
              }[];
            };
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
  mixNodeList: {
    parameters: {
      query?: {
        /** @description Only instances whose labels.region equals this */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: true;
            /** @enum {number} */
            resultcode: 200;
            /** @enum {string} */
            message: '';
            /**
             * @example [
             *       {
             *         "kind": "influx",
             *         "instance": "default",
             *         "url": "http://127.0.0.1:8086",
             *         "labels": {
             *           "region": "eu-west"
             *         },
             *         "reachable": true,
             *         "version": "1.6.7~rc0"
             *       },
             *       {
             *         "kind": "es",
             *         "instance": "logs",
             *         "url": "http://10.0.0.7:9200",
             *         "flavor": "elasticsearch",
             *         "labels": {
             *           "region": "eu-west"
             *         },
             *         "reachable": false,
             *         "error": "es/logs is unavailable: connect ECONNREFUSED 10.0.0.7:9200"
             *       }
             *     ]
             */
            data: (
              | {
                  /** @enum {string} */
                  kind: 'es';
                  instance: string;
                  url: string;
                  labels: {
                    [key: string]: string;
                  };
                  flavor: string;
                  /** @enum {boolean} */
                  reachable: true;
                  clusterName: string;
                  nodes: {
                    id: string;
                    name: string;
                    ip: string;
                    host: string;
                    version: string;
                    roles: string[];
                    heap: {
                      usedBytes: number | null;
                      maxBytes: number | null;
                      usedPercent: number | null;
                    };
                    disk: {
                      totalBytes: number | null;
                      usedBytes: number | null;
                      usedPercent: number | null;
                    };
                  }[];
                }
              | {
                  /** @enum {string} */
                  kind: 'influx';
                  instance: string;
                  url: string;
                  labels: {
                    [key: string]: string;
                  };
                  /** @enum {boolean} */
                  reachable: true;
                  version: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'es';
                  instance: string;
                  url: string;
                  labels: {
                    [key: string]: string;
                  };
                  flavor: string;
                  /** @enum {boolean} */
                  reachable: false;
                  error: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'influx';
                  instance: string;
                  url: string;
                  labels: {
                    [key: string]: string;
                  };
                  /** @enum {boolean} */
                  reachable: false;
                  error: string;
                }
            )[];
          };
        };
      };
      /** @description Invalid request: the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description No token, or an unknown one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The token lacks the scope, or the backend refused the call */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The URL or a path segment is too long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description Rate limited, or too many pipelines in flight: retry after Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The request line and headers are over 16 KiB */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description The gateway's own failure: details are in its log under the request id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
      /** @description A backend is unavailable, or the gateway is overloaded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            result: false;
            resultcode: number;
            message: string;
            data: null;
          };
        };
      };
    };
  };
}
