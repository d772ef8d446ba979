// The interface is a promise to users: action.yml, the input defaults in code and the README's
// tables must say the same thing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, readInputs } from '../../../src/run/inputs.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  description: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = readFileSync(path.join(ROOT, 'docs/inputs.md'), 'utf8');

/** Rows of the markdown table under a `## heading`: first cell → the other cells. */
function tableUnder(heading: string): Map<string, string[]> {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = /^\| `([^`]+)` \| (.*) \|$/.exec(line);
    if (cells) rows.set(cells[1]!, cells[2]!.split(' | '));
  }
  return rows;
}

describe('the interface', () => {
  it('runs the bundled entry point on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('fits the Marketplace: a description under 125 characters, and branding', () => {
    expect(action.description.length).toBeLessThan(125);
    expect(action.branding?.icon).toMatch(/^[a-z0-9-]+$/);
    expect(action.branding?.color).toMatch(
      /^(white|black|yellow|blue|green|orange|red|purple|gray-dark)$/,
    );
  });

  it('reads exactly the inputs action.yml declares, with the same defaults', () => {
    expect(Object.keys(INPUT_DEFAULTS).sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(15);
      if (input.default?.includes('${{')) continue; // an expression only the runner can evaluate
      expect(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS], name).toBe(input.default ?? '');
    }
  });

  it('documents every input in docs/inputs.md with the default and description of action.yml', () => {
    const documented = tableUnder('Inputs');
    expect([...documented.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const [shownDefault, description] = documented.get(name)!;
      expect(shownDefault?.replace(/^`|`$/g, ''), name).toBe(
        (input.default ?? '') === '' ? "''" : input.default,
      );
      expect(description, `${name}: docs/inputs.md and action.yml describe it identically`).toBe(
        input.description,
      );
    }
  });

  it('has at most 26 inputs that are not deprecated, and a deprecated one has no default', () => {
    const inputs = action.inputs as Record<
      string,
      { default?: string; deprecationMessage?: string }
    >;
    const current = Object.entries(inputs).filter(([, input]) => !input.deprecationMessage);
    expect(current.length).toBeLessThanOrEqual(26);
    for (const [name, input] of Object.entries(inputs)) {
      // The runner passes a default even when a workflow leaves the input out, which would make
      // every run look as if it set the old input.
      if (input.deprecationMessage) expect(input.default, name).toBeUndefined();
    }
  });

  it('documents every output in docs/inputs.md with the description of action.yml', () => {
    const documented = tableUnder('Outputs');
    expect([...documented.keys()].sort()).toEqual(Object.keys(action.outputs).sort());
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(
        documented.get(name),
        `${name}: docs/inputs.md and action.yml describe it identically`,
      ).toEqual([output.description]);
    }
  });
});

describe('the inputs of the two-job release', () => {
  const read = (given: Record<string, string>) =>
    readInputs((name) => given[name as keyof typeof given]);

  it('mode: publish takes dist by default, one folder, and the build job’s sha256', () => {
    expect(read({ mode: 'publish' })).toMatchObject({ mode: 'publish', distDir: 'dist' });
    expect(read({ mode: 'publish', 'dist-dir': 'handed' }).distDir).toBe('handed');
    expect(() => read({ mode: 'publish', 'dist-dir': 'wheels-*' })).toThrow(/not a glob/);
    const digest = 'AB'.repeat(32);
    expect(read({ mode: 'publish', handover: digest }).handover).toBe(digest.toLowerCase());
    expect(() => read({ mode: 'publish', handover: 'abc' })).toThrow(/64 hex digits/);
  });

  it('mode: build builds into dist and takes no handover; other modes take no handover', () => {
    expect(read({ mode: 'build' })).toMatchObject({ mode: 'build', distDir: '', handover: '' });
    expect(() => read({ mode: 'build', 'dist-dir': 'dist' })).toThrow(
      /dist-dir .* is for mode: publish/,
    );
    expect(() => read({ mode: 'release', handover: 'a'.repeat(64) })).toThrow(
      /Input handover is for mode: publish/,
    );
  });
});
