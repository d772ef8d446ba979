// What signing (PEP 740 and GitHub attestations, sigstore-js) adds to a release: the bytes of its
// chunk beyond the release's own, and the time to load them, as loading the release pipeline
// alone and then with the signing chunk, side by side in one run. Nothing is signed.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ROOT,
  bytes,
  command,
  measureRounds,
  median,
  number,
  staticModuleSize,
} from './shared.mjs';

/** The one chunk in dist/chunks/ whose name starts with `prefix-`. */
function chunkNamed(prefix) {
  const dir = path.join(ROOT, 'dist/chunks');
  const found = readdirSync(dir).filter((name) => name.startsWith(`${prefix}-`));
  if (found.length !== 1)
    throw new Error(`dist/chunks holds ${found.length} ${prefix}-*.js chunks`);
  return path.join(dir, found[0]);
}

/** A command that loads `files` (and what they import) and runs nothing else. */
function loading(scratch, name, files) {
  const file = path.join(scratch, name);
  writeFileSync(
    file,
    files.map((f) => `import ${JSON.stringify(pathToFileURL(f).href)};\n`).join(''),
  );
  return command(name, [file], { cwd: ROOT });
}

export const signing = {
  name: 'signing',
  run({ pairs, scratch }) {
    // src/release/index.ts, which the action imports on demand: esbuild names the chunk of an
    // index.ts after its folder.
    const release = chunkNamed('release');
    const sign = chunkNamed('sign');
    const releaseSize = staticModuleSize(release);
    const withSign = staticModuleSize(sign);
    const extra = withSign.paths.filter((file) => !releaseSize.paths.includes(file));
    const extraBytes = extra.reduce((total, file) => total + statSync(file).size, 0);
    const times = measureRounds(
      [
        loading(scratch, 'release.mjs', [release]),
        loading(scratch, 'release-and-sign.mjs', [release, sign]),
      ],
      pairs,
    );
    const [alone, signed] = times.map(median);
    const fastest = times.map((list) => Math.min(...list));
    return {
      title: `Signing on the release path (${pairs} rounds; never loaded by the check)`,
      rows: [
        ['release pipeline modules', `${bytes(releaseSize.bytes)} (${releaseSize.files} files)`],
        ['signing adds', `${bytes(extraBytes)} (${extra.length} files)`],
        [
          'load the release pipeline',
          `median ${number(alone)} ms, fastest ${number(fastest[0])} ms`,
        ],
        ['  and the signing code', `median ${number(signed)} ms, fastest ${number(fastest[1])} ms`],
        [
          'signing adds to a release',
          `+${number(Math.max(0, signed - alone))} ms (median), +${number(Math.max(0, fastest[1] - fastest[0]))} ms (fastest)`,
        ],
      ],
    };
  },
};
