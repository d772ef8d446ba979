import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { parseVersionTag, refuseNonVersionTag, tagVersion } from '../../../src/version/tag.js';
import {
  latestVersionTag,
  prefixForNewTag,
  previousTag,
  taggedVersions,
} from '../../../src/version/tags.js';

function refused(name: string, prefix = 'v', names: readonly string[] = []): UserError {
  try {
    parseVersionTag(name, prefix, names);
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
  it('reads the numbers with dots after a release word, a name or a tag-prefix', () => {
    for (const [tag, prefix, names] of [
      ['rel_2_0_52', '', []],
      ['release-1_4_0', '', []],
      ['alembic_1_19_1', '', ['alembic']],
      ['sa_2_0_52', 'sa_', []],
    ] as const) {
      const parsed = parseVersionTag(tag, prefix, names);
      expect(parsed.version.normalized, tag).toMatch(/^\d+\.\d+\.\d+$/);
      expect(parsed.versionText, tag).toBe(parsed.version.normalized);
    }
    expect(parseVersionTag('rel_2_0_52', '').versionText).toBe('2.0.52');
  });

  it('still refuses another word, and numbers mixed with letters', () => {
    expect(() => parseVersionTag('build_2_0_52', '')).toThrow(/not a version tag/);
    expect(() => parseVersionTag('rel_2_0_rc1', '')).toThrow(/not a version tag/);
  });
});

describe('release tags named after the project (no tag-prefix set)', () => {
  const names = ['mypkg'];
  const accepted: [string, string][] = [
    ['1.2.3', ''],
    ['v1.2.3', 'v'],
    ['mypkg-1.2.3', 'mypkg-'],
    ['mypkg-v1.2.3', 'mypkg-v'],
    ['mypkg/v1.2.3', 'mypkg/v'],
    ['mypkg/1.2.3', 'mypkg/'],
    ['mypkg_1.2.3', 'mypkg_'],
    ['mypkg_v1.2.3', 'mypkg_v'],
    ['mypkg==1.2.3', 'mypkg=='],
    ['MyPkg-1.2.3', 'MyPkg-'],
    ['mypkg-1.2.3rc1', 'mypkg-'],
    ['mypkg==1.2.3.post1', 'mypkg=='],
  ];
  for (const [tag, prefix] of accepted) {
    it(`reads ${tag} as 1.2.3 with the prefix ${JSON.stringify(prefix)}`, () => {
      const parsed = parseVersionTag(tag, '', names);
      expect(parsed.prefix).toBe(prefix);
      expect(parsed.versionText).toBe(tag.slice(prefix.length));
      expect(parsed.version.release).toEqual([1, 2, 3]);
    });
  }

  it('compares the name as PyPI does (PEP 503)', () => {
    expect(parseVersionTag('Foo_Bar-1.0', '', ['foo-bar']).prefix).toBe('Foo_Bar-');
    expect(parseVersionTag('foo.bar==1.0', '', ['foo-bar']).prefix).toBe('foo.bar==');
    expect(parseVersionTag('FOO-BAR/v1.0', '', ['foo-bar']).prefix).toBe('FOO-BAR/v');
    expect(parseVersionTag('foo__bar-1.0', '', ['foo-bar']).versionText).toBe('1.0');
  });

  it('takes any of the names given, such as a repository name that is clearly the same', () => {
    const both = ['djangorestframework', 'django-rest-framework'];
    expect(parseVersionTag('django-rest-framework-3.15.0', '', both).versionText).toBe('3.15.0');
    expect(parseVersionTag('djangorestframework-3.15.0', '', both).versionText).toBe('3.15.0');
  });

  const refusals = [
    'other-1.2.3',
    'mypkgx-1.2.3',
    'my-pkg-1.2.3',
    'xmypkg-1.2.3',
    'foo-mypkg-1.2.3',
    'mypkg-extra-1.2.3',
    'mypkg--1.2.3',
    'mypkg=1.2.3',
    'mypkg===1.2.3',
    'mypkg==v1.2.3',
    'mypkg-vv1.2.3',
    'mypkg.1.2.3',
    'mypkg1.2.3',
    'mypkg-',
    'mypkg==',
    'mypkg',
    'mypkg-latest',
    'mypkg==1.2.3;id',
    'mypkg==1.2.3 ',
    'mypkg==$(id)',
    'mypkg==1.2.3==1.2.4',
    'mypkg==1.2/3',
    '==1.2.3',
    '-mypkg-1.2.3',
  ];
  for (const tag of refusals) {
    it(`refuses ${JSON.stringify(tag)}, listing the forms it takes`, () => {
      const error = refused(tag, '', names);
      expect(error.title).toBe('Not a version tag');
      expect(error.message).toContain(JSON.stringify(tag));
      expect(error.message).toContain(
        'mypkg-1.2.3, mypkg-v1.2.3, mypkg/v1.2.3, mypkg/1.2.3, mypkg_1.2.3, mypkg==1.2.3',
      );
      expect(error.message).toContain('with or without "v" (1.2.3, v1.2.3)');
    });
  }

  it("suggests tag-prefix for a name that is not the project's", () => {
    expect(refused('other-1.2.3', '', names).message).toContain(
      `the prefix "other-", which is not the project's name (mypkg) followed by -, -v, _, _v, /, /v or ==: set the tag-prefix input to "other-"`,
    );
    expect(refused('other==1.2.3', '', names).message).toContain('tag-prefix input to "other=="');
  });

  it('takes only the tag-prefix when it is set, == included', () => {
    expect(parseVersionTag('mypkg==1.2.3', 'mypkg==', names).versionText).toBe('1.2.3');
    expect(parseVersionTag('mypkg==1.2.3', 'mypkg==').versionText).toBe('1.2.3');
    expect(() => parseVersionTag('mypkg-1.2.3', 'mypkg==', names)).toThrow(
      /expected "mypkg==" followed by a PEP 440 version/,
    );
    expect(() => parseVersionTag('1.2.3', 'mypkg-v', names)).toThrow(UserError);
  });

  it('knows no named form when the project names none', () => {
    expect(tagVersion('mypkg-1.2.3', '')).toBeUndefined();
    expect(refused('mypkg-1.2.3', '', []).message).toContain('<name>-1.2.3');
    expect(refused('mypkg-1.2.3', '', []).message).toContain(
      'the project names no name to compare it with: set the tag-prefix input to "mypkg-"',
    );
  });

  it('reads a long hostile tag in one pass', () => {
    const tag = `${'my-'.repeat(20000)}pkg-1.2.3`;
    const started = performance.now();
    expect(tagVersion(tag, '', ['my-'.repeat(19999) + 'my'])).toBeUndefined();
    expect(tagVersion(tag, '', ['my-'.repeat(20000) + 'pkg'])?.versionText).toBe('1.2.3');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('refuseNonVersionTag (before the project is read)', () => {
  it('refuses what no project could release', () => {
    for (const tag of ['latest', 'v1.0.0;touch x', 'mypkg==$(id)', '-1.0', 'mypkg==v1.0', '']) {
      expect(() => refuseNonVersionTag(tag, '')).toThrow(/is not a version tag/);
    }
    expect(() => refuseNonVersionTag('v1.0.0', 'pkg-v')).toThrow(/expected "pkg-v"/);
  });

  it('leaves a name before the version to be judged with the project', () => {
    for (const tag of [
      '1.2.3',
      'v1.2.3',
      'other-1.2.3',
      'mypkg==1.2.3',
      'mypkg/v1.2.3',
      'rel_2_0',
    ]) {
      expect(() => refuseNonVersionTag(tag, '')).not.toThrow();
    }
    expect(() => refuseNonVersionTag('mypkg==1.2.3', 'mypkg==')).not.toThrow();
  });

  it('reads a long hostile tag in one pass', () => {
    const started = performance.now();
    expect(() => refuseNonVersionTag(`${'a-1'.repeat(50_000)}`, '')).not.toThrow();
    expect(() => refuseNonVersionTag(`${'a-'.repeat(50_000)};`, '')).toThrow(UserError);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('earlier tags written with the project name', () => {
  const history = ['mypkg-1.2.2', 'mypkg-1.2.3', 'other-9.0.0', 'docs-1', 'mypkg-1.3.0rc1'];

  it('gives a bump the prefix the history uses', () => {
    expect(prefixForNewTag(history, '', ['mypkg'])).toBe('mypkg-');
    expect(prefixForNewTag(['mypkg==1.0', 'mypkg==1.1'], '', ['mypkg'])).toBe('mypkg==');
    expect(prefixForNewTag(['MyPkg_v1.0'], '', ['mypkg'])).toBe('MyPkg_v');
    // Another package's tags are not this project's.
    expect(prefixForNewTag(['other-9.0.0'], '', ['mypkg'])).toBe('v');
    expect(prefixForNewTag(history, 'mypkg-v', ['mypkg'])).toBe('mypkg-v');
  });

  it('finds the latest and the previous release among them', () => {
    expect(latestVersionTag(history, '', ['mypkg'])?.tag).toBe('mypkg-1.3.0rc1');
    expect(previousTag(history, '', '1.3.0', ['mypkg'])).toBe('mypkg-1.2.3');
    expect(previousTag(history, '', '1.3.0')).toBeUndefined();
    expect(taggedVersions(history, '', ['mypkg']).map((tagged) => tagged.version)).toEqual([
      '1.2.2',
      '1.2.3',
      '1.3.0rc1',
    ]);
  });
});
