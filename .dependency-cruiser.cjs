// The layering of src/, checked by `npm run lint` (depcruise). See ARCHITECTURE.md.
//
// Layers, lowest first; a module imports only from its own layer or a lower one:
//   shared    src/errors.ts, log.ts, pipeline.ts, report.ts, urls.ts
//   base      version/, http/, files/, tools/, run/, vocabulary/
//   domain    project/, changelog/, artifacts/, publish/, provenance/, github/, pypi-rules/
//   modes     check/, bump/, release/
//   entries   action/, cli/, src/index.ts
// Each folder's index.ts is its public face: from outside a folder, only its index.ts is imported.
const BASE = '^src/(version|http|files|tools|run|vocabulary)/';
const DOMAIN = '^src/(project|changelog|artifacts|publish|provenance|github|pypi-rules)/';
const MODES = '^src/(check|bump|release)/';
const ENTRIES = '^src/(action|cli)/|^src/index\\.ts$';

const upward = (name, from, to) => ({
  name,
  severity: 'error',
  comment: 'A lower layer imports a higher one: move the shared code down, or pass it in.',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'face-only-across-topics',
      severity: 'error',
      comment: 'From outside a topic folder, import its index.ts: the files behind it are its own.',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/.+', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'face-only-from-src-root',
      severity: 'error',
      comment: "From a file of src/, import a topic folder's index.ts.",
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+/.+', pathNot: ['^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'face-only-into-subfolders',
      severity: 'error',
      comment: "From a topic's own files, import a subfolder's index.ts, not the files behind it.",
      from: { path: '^src/([^/]+)/[^/]+\\.ts$' },
      to: { path: '^src/$1/[^/]+/.+', pathNot: ['^src/$1/[^/]+/index\\.ts$'] },
    },
    {
      name: 'face-only-between-subfolders',
      severity: 'error',
      comment: "From one subfolder, import another subfolder's index.ts, not the files behind it.",
      from: { path: '^src/([^/]+)/([^/]+)/' },
      to: { path: '^src/$1/[^/]+/.+', pathNot: ['^src/$1/$2/', '^src/$1/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-own-face',
      severity: 'error',
      comment: "A folder's files import each other directly, never their own index.ts.",
      from: { path: '^(src/.+/)[^/]+\\.ts$', pathNot: '/index\\.ts$' },
      to: { path: '^$1index\\.ts$' },
    },
    upward(
      'shared-imports-nothing-above',
      '^src/(errors|log|pipeline|report|urls)\\.ts$',
      '^src/[^/]+/',
    ),
    upward('base-imports-only-base', BASE, `${DOMAIN}|${MODES}|${ENTRIES}`),
    upward('domain-imports-no-mode', DOMAIN, `${MODES}|${ENTRIES}`),
    upward('modes-import-no-entry', MODES, ENTRIES),
    {
      name: 'no-test-code',
      severity: 'error',
      comment: 'The shipped code never imports tests, scripts or their servers.',
      from: { path: '^src/' },
      to: { path: '^(__tests__|servers|scripts|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle of types is still two modules that need each other.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
