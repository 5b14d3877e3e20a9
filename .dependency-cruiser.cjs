// Layer rule of src/ (npm run deps; part of npm test): a module imports only from its own layer or
// the layers after it in this list, never from one before it. Type-only imports count too.
const layers = [
  { name: 'app', path: '^src/(main|app)\\.ts$' },
  { name: 'apps', path: '^src/apps/' },
  // The HTTP edge (auth, envelope, audit, protection): the graph shows it imported by app and apps
  // and itself importing only libs and config, so it sits right below apps and above the request path.
  { name: 'middlewares', path: '^src/middlewares/' },
  { name: 'parser', path: '^src/parser/' },
  { name: 'operator', path: '^src/operator/' },
  { name: 'query', path: '^src/query/' },
  { name: 'libs', path: '^src/libs/' },
  { name: 'config', path: '^src/config/' },
];

const upwardImports = layers.slice(1).map((layer, index) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} may import only from ${layers
    .slice(index + 1)
    .map((l) => l.name)
    .join(', ')}`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: layers.slice(0, index + 1).map((l) => l.path) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upwardImports,
    {
      name: 'no-circular',
      comment: 'A cycle ties modules so that neither can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (main.ts is the entry point).',
      severity: 'error',
      from: { orphan: true, pathNot: ['\\.d\\.ts$', '^src/main\\.ts$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
