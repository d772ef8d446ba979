// The interface is a promise to users: action.yml, the input defaults in code and the README's
// tables must say the same thing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/inputs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Rows of the markdown table under a `## heading`: first cell → second cell. */
function tableUnder(heading: string): Map<string, string> {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = /^\| `([^`]+)` \| ([^|]*) \|/.exec(line);
    if (cells) rows.set(cells[1]!, cells[2]!.trim());
  }
  return rows;
}

describe('the interface', () => {
  it('runs the bundled entry point on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('reads exactly the inputs action.yml declares, with the same defaults', () => {
    expect(Object.keys(INPUT_DEFAULTS).sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(15);
      if (input.default?.includes('${{')) continue; // an expression only the runner can evaluate
      expect(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS], name).toBe(input.default ?? '');
    }
  });

  it('documents every input with its default in README.md', () => {
    const documented = tableUnder('Inputs');
    expect([...documented.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = documented.get(name)!.replace(/^`|`$/g, '');
      expect(shown, name).toBe(input.default === '' ? "''" : input.default);
    }
  });

  it('describes the release-from-a-folder inputs in README.md exactly as in action.yml', () => {
    const documented = new Map<string, string>();
    const section = readme.split(/^## /m).find((part) => part.startsWith('Inputs\n')) ?? '';
    for (const line of section.split('\n')) {
      const cells = /^\| `([^`]+)` \| [^|]* \| (.*) \|$/.exec(line);
      if (cells) documented.set(cells[1]!, cells[2]!);
    }
    for (const name of ['dist-dir', 'require-sdist'])
      expect(documented.get(name), name).toBe(action.inputs[name]!.description);
  });

  it('documents every output in README.md', () => {
    expect([...tableUnder('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
