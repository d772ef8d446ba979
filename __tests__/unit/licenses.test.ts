// dist/ is what we distribute: the licence of every npm package whose code is in it ships beside
// it. The packages are found here from the bundle's own source comments (esbuild names every
// input file it inlines), independently of the metafile the build uses.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');

function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return bundleFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

function bundledPackageDirs(): string[] {
  const dirs = new Set<string>();
  for (const file of bundleFiles(DIST)) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /^\/\/ (\S*node_modules\/(?:@[^/\s]+\/)?[^/\s]+)\//gm,
    )) {
      dirs.add(match[1]!);
    }
  }
  return [...dirs].sort();
}

const licenses = readFileSync(path.join(DIST, 'licenses.txt'), 'utf8');

describe('licences', () => {
  const dirs = bundledPackageDirs();

  it('finds the bundled packages', () => {
    expect(dirs).toContain('node_modules/@actions/core');
    expect(dirs).toContain('node_modules/semver');
  });

  it.each(dirs)('lists %s with its licence and licence text', (dir) => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license: string;
    };
    expect(licenses).toContain(
      `\n${manifest.name} ${manifest.version}\nLicense: ${manifest.license}\n`,
    );
    const texts = readdirSync(path.join(ROOT, dir)).filter((name) => /^licen[cs]e/i.test(name));
    if (texts.length === 0) {
      expect(licenses).toContain(
        `\n${manifest.name} ${manifest.version}\nLicense: ${manifest.license}\nThe package ships no licence file; its package.json declares ${manifest.license}.\n`,
      );
    }
    for (const name of texts) {
      const text = readFileSync(path.join(ROOT, dir, name), 'utf8')
        .replace(/\r\n?/g, '\n')
        .trim();
      expect(licenses, `${dir}/${name}`).toContain(text);
    }
  });

  it('lists no package that is not bundled', () => {
    const listed = [...licenses.matchAll(/^(\S+) (\S+)\nLicense: /gm)].map(
      (m) => `${m[1]}@${m[2]}`,
    );
    const bundled = dirs.map((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
      };
      return `${manifest.name}@${manifest.version}`;
    });
    expect([...new Set(listed)].sort()).toEqual([...new Set(bundled)].sort());
  });

  it('ships the project itself under the MIT licence package.json names', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      license: string;
    };
    expect(manifest.license).toBe('MIT');
    const text = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(text).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} pyrelease contributors\n/);
  });
});
