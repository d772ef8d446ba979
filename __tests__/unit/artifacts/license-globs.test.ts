// PEP 639's license-files globs against paths as an sdist holds them.
import { describe, expect, it } from 'vitest';
import { compileGlob, globMatches } from '../../../src/artifacts/license-globs.js';

const matches = (pattern: string, file: string) => globMatches(compileGlob(pattern), file);

describe('globMatches', () => {
  it('a plain name matches that file only, at the top', () => {
    expect(matches('COPYING', 'COPYING')).toBe(true);
    expect(matches('COPYING', 'COPYING.rst')).toBe(false);
    expect(matches('COPYING', 'docs/COPYING')).toBe(false);
    expect(matches('COPYING', 'copying')).toBe(false);
  });

  it('* and ? stay within a name', () => {
    expect(matches('LICEN[CS]E*', 'LICENSE')).toBe(true);
    expect(matches('LICEN[CS]E*', 'LICENCE.txt')).toBe(true);
    expect(matches('LICEN[CS]E*', 'LICENZE')).toBe(false);
    expect(matches('LICENSE*', 'LICENSES/MIT.txt')).toBe(false);
    expect(matches('LICENSES/*', 'LICENSES/MIT.txt')).toBe(true);
    expect(matches('LICENSE.???', 'LICENSE.txt')).toBe(true);
    expect(matches('LICENSE.???', 'LICENSE.md')).toBe(false);
    expect(matches('*.txt', 'a/b.txt')).toBe(false);
  });

  it('** stands for any number of folders, none included', () => {
    expect(matches('**/LICENSE', 'LICENSE')).toBe(true);
    expect(matches('**/LICENSE', 'src/vendored/pkg/LICENSE')).toBe(true);
    expect(matches('licenses/**/*.txt', 'licenses/a.txt')).toBe(true);
    expect(matches('licenses/**/*.txt', 'licenses/x/y/a.txt')).toBe(true);
    expect(matches('licenses/**/*.txt', 'other/a.txt')).toBe(false);
    expect(matches('licenses/**', 'licenses/x/y/a.txt')).toBe(true);
  });

  it('character sets: ranges, negation, a lone bracket taken literally', () => {
    expect(matches('LICENSE-[a-c]', 'LICENSE-b')).toBe(true);
    expect(matches('LICENSE-[a-c]', 'LICENSE-d')).toBe(false);
    expect(matches('LICENSE-[!a-c]', 'LICENSE-d')).toBe(true);
    expect(matches('LICENSE-[-x]', 'LICENSE--')).toBe(true);
    expect(matches('LICENSE[', 'LICENSE[')).toBe(true);
    expect(matches('[[]x', '[x')).toBe(true);
  });

  it('stays fast on patterns and names made to make backtracking slow', () => {
    const name = `${'a'.repeat(5000)}b`;
    const started = Date.now();
    expect(matches(`${'*a'.repeat(200)}c`, name)).toBe(false);
    expect(matches(`${'**/'.repeat(200)}x`, `${'d/'.repeat(2000)}y`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
