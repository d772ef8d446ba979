import { describe, expect, it } from 'vitest';
import { isTagPrefix } from '../../../src/run/tag-prefix.js';

describe('isTagPrefix', () => {
  it('takes path-like prefixes, none, and == at the end', () => {
    for (const prefix of ['', 'v', 'pkg-v', 'pkg/v', 'hello_pyrelease-', 'mypkg==', 'a.b==']) {
      expect(isTagPrefix(prefix), prefix).toBe(true);
    }
  });

  it('refuses a leading -, shell syntax, and == anywhere but after a letter or digit at the end', () => {
    for (const prefix of ['-v', 'v;', '$(id)', 'a b', '==', '=', 'a=', 'a==b', 'a===', 'a-==']) {
      expect(isTagPrefix(prefix), prefix).toBe(false);
    }
  });
});
