// A pull-request check loads only what it runs: the HTTP client (undici, the proxy rules) is for
// releases, and stays out of the modules dist/index.js imports at start; a release loads it (and
// Octokit) only when it uploads or talks to GitHub, so a dry run never does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action.js';

/**
 * A module and every chunk it imports statically, transitively; with `dynamic`, also the chunks
 * it imports on demand (`import("./chunks/…")`).
 */
function staticClosure(entry: string, dynamic = false): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const match of text.matchAll(
      /^(?:import|export)\b[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm,
    )) {
      visit(path.resolve(path.dirname(file), (match[1] ?? match[2])!));
    }
    if (dynamic) {
      for (const match of text.matchAll(/\bimport\("(\.[^"]+)"\)/g))
        visit(path.resolve(path.dirname(file), match[1]!));
    }
  };
  visit(entry);
  return seen;
}

describe('the check’s load path', () => {
  it('has no HTTP client, undici or proxy code', () => {
    const closure = staticClosure(path.join(ROOT, 'dist/index.js'));
    expect(closure.size).toBeGreaterThan(1);
    for (const [file, text] of closure) {
      for (const marker of [
        '// src/http/client.ts',
        'node_modules/undici/',
        'node_modules/@actions/http-client/',
      ]) {
        expect(text.includes(marker), `${path.relative(ROOT, file)} holds ${marker}`).toBe(false);
      }
    }
  });

  it('while the release code has them, loaded when it first uploads or talks to GitHub', () => {
    const release = readFileSync(path.join(ROOT, 'dist/index.js'), 'utf8');
    const chunk = /import\("\.\/(chunks\/release-[A-Z0-9]+\.js)"\)/.exec(release)?.[1];
    expect(chunk).toBeDefined();
    const entry = path.join(ROOT, 'dist', chunk!);
    const all = [...staticClosure(entry, true).values()].join('\n');
    expect(all).toContain('// src/http/client.ts');
    expect(all).toContain('node_modules/undici/');
    expect(all).toContain('node_modules/@octokit/');
    // A dry run loads the release pipeline without them.
    const atStart = [...staticClosure(entry).values()].join('\n');
    for (const marker of [
      '// src/http/client.ts',
      'node_modules/undici/',
      'node_modules/@octokit/',
    ])
      expect(atStart.includes(marker), marker).toBe(false);
  });
});
