// Imports through a folder's face (its index.ts), resolved at bundle time to the files that
// define the names. A face only re-exports, so this changes no behaviour; it keeps esbuild's code
// splitting as fine as direct imports would: a check that imports one git helper through
// src/tools/index.ts must not load the twine and build modules the same face lists.
// (The same idea as Next.js's optimizePackageImports for barrel files.)
import { readFileSync } from 'node:fs';
import path from 'node:path';

const RE_EXPORT = /export\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';/g;
const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';/g;

function names(list) {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const type = item.startsWith('type ');
      const [imported, local = imported] = item.replace(/^type\s+/, '').split(/\s+as\s+/);
      return { type, imported, local };
    });
}

const faces = new Map();

/** A face's value exports: name → the absolute path of the file that defines it. */
function faceExports(file) {
  let map = faces.get(file);
  if (map) return map;
  map = new Map();
  const text = readFileSync(file, 'utf8');
  for (const [, typeOnly, list, spec] of text.matchAll(RE_EXPORT)) {
    if (typeOnly) continue;
    const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
    const inner = path.basename(target) === 'index.ts' ? faceExports(target) : undefined;
    for (const { type, imported, local } of names(list)) {
      if (type) continue;
      if (imported !== local) throw new Error(`${file}: a face re-exports names as they are`);
      map.set(imported, inner?.get(imported) ?? target);
    }
  }
  faces.set(file, map);
  return map;
}

function specifier(fromFile, target) {
  const relative = path.relative(path.dirname(fromFile), target).replace(/\.ts$/, '.js');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The source with each value import from a face split into imports from the defining files. */
export function resolveThroughFaces(file, source) {
  return source.replace(IMPORT, (statement, typeOnly, list, spec) => {
    if (typeOnly || !spec.startsWith('.') || !spec.endsWith('/index.js')) return statement;
    const face = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
    const exports = faceExports(face);
    const byFile = new Map();
    for (const name of names(list)) {
      if (name.type) continue;
      const target = exports.get(name.imported);
      if (!target) throw new Error(`${file}: ${name.imported} is not re-exported by ${face}`);
      const group = byFile.get(target) ?? [];
      group.push(name.imported === name.local ? name.local : `${name.imported} as ${name.local}`);
      byFile.set(target, group);
    }
    return [...byFile]
      .map(([target, group]) => `import { ${group.join(', ')} } from '${specifier(file, target)}';`)
      .join(' ');
  });
}

const SRC = path.resolve('src') + path.sep;

/** The esbuild plugin: every file of this project's src/ is loaded with its face imports resolved. */
export const throughFaces = {
  name: 'resolve-through-faces',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) =>
      args.path.startsWith(SRC)
        ? {
            contents: resolveThroughFaces(args.path, readFileSync(args.path, 'utf8')),
            loader: 'ts',
          }
        : undefined,
    );
  },
};
