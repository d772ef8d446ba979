// Bundles the action and the CLI into dist/ as ESM. Code shared by both entry points and
// modules loaded on demand (the release pipeline) go to dist/chunks/, so a pull-request check
// loads only what it runs.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

// @actions/http-client imports undici at the top for its proxy agent, and undici takes longer to
// load than the whole version check. The agent is only built when a proxy is configured, so the
// import is made lazy: same code, loaded on first use instead of at start.
const lazyUndici = {
  name: 'lazy-undici',
  setup(pluginBuild) {
    pluginBuild.onLoad(
      { filter: /@actions[\\/]http-client[\\/]lib[\\/]index\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const eager = "import { ProxyAgent } from 'undici';";
        // Other copies (nested under @actions/github, loaded only by a release) stay as they are.
        if (!source.includes(eager)) return undefined;
        const lazy =
          "let undiciModule;\nclass ProxyAgent { constructor(...options) { undiciModule ??= require('undici'); return new undiciModule.ProxyAgent(...options); } }";
        return {
          contents: source.replace(eager, lazy),
          loader: 'js',
          resolveDir: args.path.replace(/[\\/][^\\/]*$/, ''),
        };
      },
    );
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyUndici],
  // CommonJS dependencies call require() for Node built-ins; ESM output needs one in scope.
  banner: {
    js: "import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);",
  },
});
