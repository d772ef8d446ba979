import { describe, expect, it } from 'vitest';
import { artifactLines, palette, stepTable, wantsColour, wrap } from '../../../src/cli/terminal.js';
import type { StepRecord } from '../../../src/pipeline.js';

describe('wantsColour', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true], // NO_COLOR counts when it has a value
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    [true, { TERM: 'dumb' }, false],
  ])('a terminal: %s, with %j: %s', (isTTY, env, expected) => {
    expect(wantsColour(isTTY, env)).toBe(expected);
  });
});

describe('wrap', () => {
  it('keeps words whole and cuts only a word longer than the line', () => {
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('', 5)).toEqual(['']);
  });
});

const RECORDS: StepRecord[] = [
  { name: 'Validate', status: 'passed', durationMs: 210, detail: 'v0.1.15 = 0.1.15' },
  {
    name: 'Inspect artifacts',
    status: 'passed',
    durationMs: 120,
    detail:
      'hello_pyrelease-0.1.15.tar.gz, hello_pyrelease-0.1.15-py3-none-any.whl, and a detail that goes on and on past any terminal',
  },
  {
    name: 'A step with a name longer than the column',
    status: 'failed',
    durationMs: 61_000,
    detail: 'x',
  },
  { name: 'Publish', status: 'dry run', durationMs: 0, detail: 'PyPI' },
  { name: 'GitHub release', status: 'skipped', durationMs: 0, detail: '' },
];

describe('stepTable', () => {
  it('fits 80 columns, wrapping details under their column', () => {
    const lines = stepTable(RECORDS);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^✓ Validate +0\.2 s {2}v0\.1\.15 = 0\.1\.15$/);
    const inspect = lines.findIndex((line) => line.startsWith('✓ Inspect artifacts'));
    const column = lines[inspect]!.indexOf('hello_');
    expect(lines[inspect + 1]!.slice(0, column).trim()).toBe('');
    expect(lines.some((line) => line.startsWith('○ Publish') && line.endsWith('PyPI'))).toBe(true);
    expect(lines.join('\n')).toContain('61.0 s');
  });

  it('colours the marks only when asked', () => {
    expect(stepTable(RECORDS).join('\n')).not.toContain('\u001b[');
    const coloured = stepTable(RECORDS, palette(true));
    expect(coloured[0]).toContain('\u001b[32m✓\u001b[39m');
    expect(coloured.find((line) => line.includes('A step'))).toContain('\u001b[31m✗');
  });
});

describe('artifactLines', () => {
  it('puts the sha256 under the name, within 80 columns', () => {
    const lines = artifactLines([
      { filename: 'hello_pyrelease-0.1.15.tar.gz', size: 2888, sha256: 'a'.repeat(64) },
    ]);
    expect(lines).toEqual([
      '  hello_pyrelease-0.1.15.tar.gz  (2,888 bytes)',
      `    sha256 ${'a'.repeat(64)}`,
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });
});
