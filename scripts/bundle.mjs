// Bundles the action and the CLI into dist/ as ESM. Code shared by both entry points and
// modules loaded on demand (the release pipeline) go to dist/chunks/, so a pull-request check
// loads only what it runs.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { throughFaces } from './faces.mjs';
import { bundledPackages, renderLicenses } from './licenses.mjs';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
// --outdir builds elsewhere, so the release script can compare a fresh build with dist/.
// --metafile writes esbuild's account of which inputs went into which output (for size studies).
const { outdir, metafile } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, metafile: { type: 'string' } },
}).values;

/** Rewrites exact pieces of a dependency's file at bundle time; fails loudly when they moved. */
function rewrite(name, filter, replacements) {
  return {
    name,
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const [from, to] of replacements) {
          if (!source.includes(from)) {
            throw new Error(`${name}: ${args.path} changed; update scripts/bundle.mjs`);
          }
          source = source.replace(from, to);
        }
        return {
          contents: source,
          loader: 'js',
          resolveDir: args.path.replace(/[\\/][^\\/]*$/, ''),
        };
      });
    },
  };
}

// @actions/core imports its OIDC client (and through it @actions/http-client, undici and Node's
// http/https/tls) at the top, although only getIDToken uses it. Importing it inside getIDToken
// instead keeps all of that out of a pull-request check, which never asks for a token: esbuild
// puts it in a chunk of its own, loaded by trusted publishing.
const lazyOidcClient = rewrite('lazy-oidc-client', /@actions[\\/]core[\\/]lib[\\/]core\.js$/, [
  ["import { OidcClient } from './oidc-utils.js';", ''],
  [
    'return yield OidcClient.getIDToken(aud);',
    "const { OidcClient } = yield import('./oidc-utils.js');\n        return yield OidcClient.getIDToken(aud);",
  ],
]);

// @actions/io imports Node's assert at the top for one argument check in rmRF, which a check never
// runs; loading assert when that check runs keeps it out of every start-up. `require` is the
// banner's, below.
const lazyAssert = rewrite('lazy-assert', /@actions[\\/]io[\\/]lib[\\/]io\.js$/, [
  ["import { ok } from 'assert';", "const ok = (...args) => require('assert').ok(...args);"],
]);

await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyOidcClient, lazyAssert, throughFaces],
  metafile: true,
  // `pyrelease --version`.
  define: { __PYRELEASE_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies call require() for Node built-ins; ESM output needs one in scope.
  banner: {
    js: "import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);",
  },
});

if (metafile) await writeFile(metafile, JSON.stringify(result.metafile));

// Shipped beside the bundle; the dist/ check in CI keeps it current.
await writeFile(
  path.join(outdir, 'licenses.txt'),
  renderLicenses(await bundledPackages(result.metafile)),
);
