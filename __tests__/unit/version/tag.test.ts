import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { parseVersionTag } from '../../../src/version/tag.js';
import { latestVersionTag, prefixForNewTag, previousTag } from '../../../src/version/tags.js';

function refused(name: string, prefix = 'v'): UserError {
  try {
    parseVersionTag(name, prefix);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('parseVersionTag', () => {
  it('reads a pre-release tag in semver spelling by its PEP 440 meaning', () => {
    const tag = parseVersionTag('v0.2.0-rc.1', 'v');
    expect(tag.name).toBe('v0.2.0-rc.1');
    expect(tag.versionText).toBe('0.2.0-rc.1');
    expect(tag.version.normalized).toBe('0.2.0rc1');
    expect(tag.version.isPrerelease).toBe(true);
  });

  it('reads final, post and local versions', () => {
    expect(parseVersionTag('v1.2.3', 'v').version.normalized).toBe('1.2.3');
    expect(parseVersionTag('v1.0.post2', 'v').version).toMatchObject({
      normalized: '1.0.post2',
      isPrerelease: false,
      isPostrelease: true,
    });
    expect(parseVersionTag('v1.0+ubuntu-1', 'v').version.normalized).toBe('1.0+ubuntu.1');
  });

  it('takes custom prefixes, including none and ones with a slash', () => {
    expect(parseVersionTag('release-1.4.0', 'release-').versionText).toBe('1.4.0');
    expect(parseVersionTag('1.4.0', '').version.normalized).toBe('1.4.0');
    expect(parseVersionTag('hello-pyrelease/v1.4.0', 'hello-pyrelease/v').versionText).toBe(
      '1.4.0',
    );
  });

  const refusals: [string, string][] = [
    ['v1.0.0;touch x', 'v'],
    ['v1.0.0$(id)', 'v'],
    ['v1.0.0`id`', 'v'],
    ['v1.0.0 ', 'v'],
    ['v1.0.0\n', 'v'],
    ['latest', 'v'],
    ['v', 'v'],
    ['', 'v'],
    ['v1.0.0', 'release-'],
    ['release-', 'release-'],
    ['release-v', 'release-'],
    ['-v1.0.0', '-v'],
    ['v1.0.0..', 'v'],
    ['pkg//v1.0.0', 'pkg//v'],
  ];
  for (const [name, prefix] of refusals) {
    it(`refuses ${JSON.stringify(name)} with prefix ${JSON.stringify(prefix)}`, () => {
      const error = refused(name, prefix);
      expect(error.title).toBe('Not a version tag');
      expect(error.message).toContain(JSON.stringify(name));
      expect(error.message).toContain(`expected "${prefix}" followed by a PEP 440 version`);
      expect(error.message).toContain(`${prefix}1.2.3`);
      expect(error.location).toBeUndefined();
    });
  }
});

describe('a doubled prefix', () => {
  it('refuses vv1.0.0 for the prefix v', () => {
    expect(() => parseVersionTag('vv1.0.0', 'v')).toThrow('is not a version tag');
    expect(parseVersionTag('v1.0.0', 'v').version.normalized).toBe('1.0.0');
  });
});

describe('tags with or without "v" (no tag-prefix set)', () => {
  it('reads v8.5.0 and 8.5.0 alike, and remembers the prefix each uses', () => {
    expect(parseVersionTag('v8.5.0', '')).toMatchObject({ prefix: 'v', versionText: '8.5.0' });
    expect(parseVersionTag('8.5.0', '')).toMatchObject({ prefix: '', versionText: '8.5.0' });
    expect(() => parseVersionTag('vv8.5.0', '')).toThrow(UserError);
  });

  it('names the tag-prefix input and the prefix a monorepo tag seems to use', () => {
    expect(() => parseVersionTag('hatchling-v1.32.0', '')).toThrow(
      /set the tag-prefix input to "hatchling-v"/,
    );
    expect(() => parseVersionTag('pkg/v1.2.3', 'v')).toThrow(/"pkg\/v"/);
    expect(() => parseVersionTag('latest', '')).toThrow(/a monorepo sets tag-prefix/);
  });

  it('takes a monorepo prefix when it is set', () => {
    expect(parseVersionTag('hatchling-v1.32.0', 'hatchling-v').version.normalized).toBe('1.32.0');
    expect(() => parseVersionTag('v1.32.0', 'hatchling-v')).toThrow(UserError);
  });

  it('writes new tags the way the newest version tag is written, v when there is none', () => {
    expect(prefixForNewTag(['1.0.0', 'v0.9.0', 'latest'], '')).toBe('');
    expect(prefixForNewTag(['v2.0.0', '1.9.0'], '')).toBe('v');
    expect(prefixForNewTag(['docs-1'], '')).toBe('v');
    expect(prefixForNewTag(['1.0.0'], 'pkg-v')).toBe('pkg-v');
  });

  it('finds the previous release among tags of both spellings', () => {
    expect(previousTag(['0.9.0', 'v1.0.0', 'v1.1.0rc1'], '', '1.1.0')).toBe('v1.0.0');
    expect(latestVersionTag(['0.9.0', 'v1.0.0', 'stable'], '')?.tag).toBe('v1.0.0');
  });
});

describe('a tag whose version is written with underscores (sqlalchemy-style rel_2_0_52)', () => {
  it('says that PEP 440 separates with dots, not that the prefix is rel_2_0_', () => {
    expect(() => parseVersionTag('rel_2_0_52', '')).toThrow(/underscores \(2_0_52\).*\(2\.0\.52\)/);
    expect(() => parseVersionTag('rel_2_0_52', '')).not.toThrow(/"rel_2_0_"/);
  });
});
