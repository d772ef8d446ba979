import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/errors.js';
import {
  pythonRegex,
  readRegexVersion,
} from '../../../../src/project/version-files/regex-version.js';

const SETTING = {
  describe: '[tool.hatch.version] pattern',
  location: { file: 'pyproject.toml', line: 9 },
};

function refusal(read: () => unknown): UserError {
  try {
    read();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('pythonRegex', () => {
  it.each([
    ['"(?P<version>[^"]+)"', '1.2.3'],
    ['(?i)^VERSION = "(?P<version>[^"]+)"', '1.2.3'],
    ['(?au)version\\s*=\\s*"(?P<version>[^"]+)"\\s*\\Z', '1.2.3'],
    ['\\Aversion = "(?P<version>[^"]+)"', '1.2.3'],
    ['[]"]?version = "(?P<version>[^"]+)"', '1.2.3'],
  ])('runs %s as Python would', (pattern, wanted) => {
    const text = 'version = "1.2.3"\n';
    expect(readRegexVersion(text, 'v.py', pattern, 'version', SETTING).value).toBe(wanted);
  });

  it.each([
    ['(["\'])(?P<version>[^"\']+)\\1', 'a backreference (\\1)'],
    ['(?P<q>["\'])(?P<version>.+?)(?P=q)', 'a backreference (?P=name)'],
    ['(?<=version = ")(?P<version>[^"]+)', 'a lookbehind'],
    ['version = "(?P<version>[^"]+)(?=")', 'a lookahead'],
    ['(?x) version \\s* = \\s* "(?P<version>[^"]+)"', 'the verbose flag (?x)'],
  ])('refuses %s, saying it uses %s', (pattern, what) => {
    const compiled = pythonRegex(pattern);
    expect(compiled.ok).toBe(false);
    const error = refusal(() => readRegexVersion('', 'v.py', pattern, 'version', SETTING));
    expect(error.title).toBe('Unusable version pattern');
    expect(error.message).toContain(what);
    expect(error.location).toEqual(SETTING.location);
  });

  it('refuses a pattern RE2 cannot parse, at its setting', () => {
    const error = refusal(() => readRegexVersion('', 'v.py', '(?P<version>1', 'version', SETTING));
    expect(error.message).toContain('RE2 cannot compile it');
  });

  it('runs a pattern that backtracks exponentially elsewhere in linear time', () => {
    const line = `${'a'.repeat(5000)}b\n`;
    const started = performance.now();
    for (const pattern of ['(a+)+$', '(x+x+)+y', '(?P<version>(a|a)+)$', '(.*a){20}']) {
      expect(pythonRegex(pattern).ok).toBe(true);
      refusal(() => readRegexVersion(line.repeat(20), 'v.py', pattern, 'version', SETTING));
    }
    // Python's and JavaScript's engines take minutes on the first one with 30 characters.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('readRegexVersion', () => {
  it('gives the position of the group, lines and columns as in the file (BOM aside)', () => {
    const text = '\uFEFF# é😀\n__version__ = "2.0.1"\n';
    const found = readRegexVersion(
      text,
      'v.py',
      '__version__ = "(?P<version>[^"]+)"',
      'version',
      SETTING,
    );
    expect(found).toEqual({ value: '2.0.1', line: 2, column: 16 });
  });

  it('never quotes a match that is not a version: a pattern can match any text', () => {
    const text = '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0c2VjcmV0\n';
    const error = refusal(() =>
      readRegexVersion(text, '.github/x.cfg', 'extraheader = (?P<version>.+)', 'version', SETTING),
    );
    expect(error.title).toBe('Invalid version');
    expect(error.location).toEqual({ file: '.github/x.cfg', line: 2, column: 16 });
    expect(error.message).not.toMatch(/AUTHORIZATION|c2Vj|basic/);
  });

  it('says when the pattern has no group of that name', () => {
    const error = refusal(() =>
      readRegexVersion('v = 1\n', 'v.py', 'v = (\\d)', 'version', SETTING),
    );
    expect(error.message).toContain('has no group named "version"');
  });
});
