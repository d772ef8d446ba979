import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/cli/suggest.js';

describe('editDistance', () => {
  it.each([
    ['check', 'check', 0],
    ['chek', 'check', 1],
    ['chekc', 'check', 1], // two neighbours swapped: one edit
    ['relaese', 'release', 1],
    ['', 'bump', 4],
    ['bump', 'check', 5],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const commands = ['check', 'release', 'bump', 'help'];
  it('names the known word a typo is near', () => {
    expect(closest('chek', commands)).toBe('check');
    expect(closest('RELEASE', commands)).toBe('release');
    expect(closest('--tag-prefx', ['--tag', '--tag-prefix', '--base'])).toBe('--tag-prefix');
  });

  it('names none when nothing is near, or two are as near', () => {
    expect(closest('frobnicate', commands)).toBeUndefined();
    expect(closest('bum', commands)).toBe('bump');
    expect(closest('ab', ['aa', 'bb'])).toBeUndefined();
  });
});
