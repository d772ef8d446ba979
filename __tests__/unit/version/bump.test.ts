import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import {
  BUMP_LEVELS,
  fromSemverSpelling,
  isPrereleaseVersion,
  nextVersion,
  projectVersionStyle,
  shouldBeLatest,
  toSemverSpelling,
  type BumpLevel,
  type Preid,
} from '../../../src/version/bump.js';
import { comparePep440, parsePep440 } from '../../../src/version/pep440.js';

function userError(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

// [current, bump, preid, expected PEP 440, expected SemVer spelling or null when there is none]
type Row = [string, string, Preid | undefined, string, string | null];

const table: Row[] = [
  // A final release.
  ['0.1.14', 'patch', undefined, '0.1.15', '0.1.15'],
  ['0.1.14', 'minor', undefined, '0.2.0', '0.2.0'],
  ['0.1.14', 'major', undefined, '1.0.0', '1.0.0'],
  ['0.1.14', 'prepatch', undefined, '0.1.15rc1', '0.1.15-rc.1'],
  ['0.1.14', 'preminor', 'rc', '0.2.0rc1', '0.2.0-rc.1'],
  ['0.1.14', 'preminor', 'alpha', '0.2.0a1', '0.2.0-alpha.1'],
  ['0.1.14', 'premajor', 'beta', '1.0.0b1', '1.0.0-beta.1'],
  ['0.1.14', 'prerelease', undefined, '0.1.15rc1', '0.1.15-rc.1'],
  ['0.1.14', 'prerelease', 'alpha', '0.1.15a1', '0.1.15-alpha.1'],
  ['1.2', 'patch', undefined, '1.2.1', '1.2.1'],
  ['1', 'minor', undefined, '1.1.0', '1.1.0'],
  ['1.2.3.4', 'patch', undefined, '1.2.4', '1.2.4'],
  ['1!1.2.3', 'minor', undefined, '1!1.3.0', null],
  ['1.2.3+local.7', 'patch', undefined, '1.2.4', '1.2.4'],
  // A release candidate.
  ['0.2.0rc1', 'prerelease', undefined, '0.2.0rc2', '0.2.0-rc.2'],
  ['0.2.0rc1', 'prerelease', 'rc', '0.2.0rc2', '0.2.0-rc.2'],
  ['0.2.0rc2', 'patch', undefined, '0.2.0', '0.2.0'],
  ['0.2.0rc1', 'minor', undefined, '0.2.0', '0.2.0'],
  ['0.2.0rc1', 'major', undefined, '1.0.0', '1.0.0'],
  ['1.0.0rc1', 'major', undefined, '1.0.0', '1.0.0'],
  ['1.2.3rc1', 'minor', undefined, '1.3.0', '1.3.0'],
  ['1.2.3rc1', 'patch', undefined, '1.2.3', '1.2.3'],
  ['0.2.0rc1', 'prepatch', undefined, '0.2.1rc1', '0.2.1-rc.1'],
  ['0.2.0rc1', 'preminor', 'alpha', '0.3.0a1', '0.3.0-alpha.1'],
  ['0.2.0rc1', 'premajor', undefined, '1.0.0rc1', '1.0.0-rc.1'],
  ['1.0rc1', 'major', undefined, '1.0', '1.0.0'],
  // Alpha and beta move forward.
  ['0.2.0a3', 'prerelease', undefined, '0.2.0a4', '0.2.0-alpha.4'],
  ['0.2.0a3', 'prerelease', 'beta', '0.2.0b1', '0.2.0-beta.1'],
  ['0.2.0a3', 'prerelease', 'rc', '0.2.0rc1', '0.2.0-rc.1'],
  ['0.2.0b2', 'prerelease', 'rc', '0.2.0rc1', '0.2.0-rc.1'],
  ['0.2.0b2', 'prerelease', 'beta', '0.2.0b3', '0.2.0-beta.3'],
  // Development releases.
  ['1.2.0.dev3', 'patch', undefined, '1.2.0', '1.2.0'],
  ['1.2.0.dev3', 'minor', undefined, '1.2.0', '1.2.0'],
  ['1.2.0.dev3', 'major', undefined, '2.0.0', '2.0.0'],
  ['1.2.0.dev3', 'prerelease', undefined, '1.2.0rc1', '1.2.0-rc.1'],
  ['1.2.0.dev3', 'prerelease', 'alpha', '1.2.0a1', '1.2.0-alpha.1'],
  ['1.2.0.dev0', 'prepatch', 'beta', '1.2.1b1', '1.2.1-beta.1'],
  ['1.2.0rc1.dev2', 'prerelease', undefined, '1.2.0rc1', '1.2.0-rc.1'],
  ['1.2.0rc1.dev2', 'patch', undefined, '1.2.0', '1.2.0'],
  // Post releases are final.
  ['1.2.3.post1', 'patch', undefined, '1.2.4', '1.2.4'],
  ['1.2.3.post1', 'minor', undefined, '1.3.0', '1.3.0'],
  ['1.2.3.post1', 'prerelease', undefined, '1.2.4rc1', '1.2.4-rc.1'],
  ['1.0.0.post2', 'major', undefined, '2.0.0', '2.0.0'],
  ['1.2.3.post1.dev2', 'patch', undefined, '1.2.3.post1', null],
  ['1.2.3.post1.dev2', 'minor', undefined, '1.3.0', '1.3.0'],
  ['1.2.0rc1.post1', 'prerelease', undefined, '1.2.0rc2', '1.2.0-rc.2'],
  // The current version in SemVer spelling, as a semver-style project writes it.
  ['0.2.0-rc.1', 'prerelease', undefined, '0.2.0rc2', '0.2.0-rc.2'],
  ['0.2.0-alpha.1', 'patch', undefined, '0.2.0', '0.2.0'],
  // Explicit versions.
  ['0.1.14', '0.1.15', undefined, '0.1.15', '0.1.15'],
  ['0.1.14', '0.2.0rc1', undefined, '0.2.0rc1', '0.2.0-rc.1'],
  ['0.1.14', '0.2.0-beta.1', undefined, '0.2.0b1', '0.2.0-beta.1'],
  ['0.1.14', 'v1.0', undefined, '1.0', '1.0.0'],
  ['0.1.14', ' 0.1.14.post1 ', undefined, '0.1.14.post1', null],
  ['0.2.0rc1', '0.2.0', undefined, '0.2.0', '0.2.0'],
];

describe('nextVersion', () => {
  for (const [current, bump, preid, pep440, semverSpelling] of table) {
    const via = preid ? ` (preid ${preid})` : '';
    it(`${current} ${bump}${via} → ${pep440}`, () => {
      expect(nextVersion(current, bump, { preid, style: 'pep440' })).toEqual({
        pep440,
        written: pep440,
      });
      if (semverSpelling === null) {
        expect(userError(() => nextVersion(current, bump, { preid, style: 'semver' })).title).toBe(
          'No SemVer spelling',
        );
      } else {
        const next = nextVersion(current, bump, { preid, style: 'semver' });
        expect(next.written).toBe(semverSpelling);
        // The padded SemVer form is the same PEP 440 version as the normal form.
        expect(comparePep440(next.pep440, pep440)).toBe(0);
        expect(next.pep440).toBe(parsePep440(semverSpelling)?.normalized);
      }
    });
  }

  it('accepts levels in any case', () => {
    expect(nextVersion('1.2.3', ' Minor ', { style: 'pep440' }).pep440).toBe('1.3.0');
  });

  it('refuses a backward pre-release phase', () => {
    const error = userError(() =>
      nextVersion('0.2.0rc1', 'prerelease', { preid: 'beta', style: 'pep440' }),
    );
    expect(error.title).toBe('Backward pre-release');
    expect(error.message).toContain('0.2.0rc1');
    expect(error.message).toContain('beta comes before rc');
    expect(
      userError(() => nextVersion('0.2.0b1', 'prerelease', { preid: 'alpha', style: 'semver' }))
        .title,
    ).toBe('Backward pre-release');
  });

  it('refuses an explicit version that is not greater', () => {
    const same = userError(() => nextVersion('0.1.15', '0.1.15', { style: 'pep440' }));
    expect(same.title).toBe('Version not greater');
    expect(same.message).toContain('the same version');
    // Equal by PEP 440 meaning, though spelled differently.
    expect(userError(() => nextVersion('0.2.0rc1', 'v0.2.0-rc.1', { style: 'pep440' })).title).toBe(
      'Version not greater',
    );
    const lower = userError(() => nextVersion('0.2.0', '0.2.0rc3', { style: 'pep440' }));
    expect(lower.message).toContain('lower');
    expect(lower.message).toContain('0.2.0');
  });

  it('refuses an explicit version that is not PEP 440, or is local', () => {
    const invalid = userError(() => nextVersion('0.1.15', 'next', { style: 'pep440' }));
    expect(invalid.title).toBe('Invalid bump');
    expect(invalid.message).toContain('"next"');
    expect(invalid.message).toContain('prerelease');
    expect(
      userError(() => nextVersion('0.1.15', '1.0.0-alpha.beta', { style: 'pep440' })).title,
    ).toBe('Invalid bump');
    expect(
      userError(() => nextVersion('0.1.15', '0.2.0+ubuntu1', { style: 'pep440' })).message,
    ).toContain('local version');
  });

  it('refuses a current version that is not PEP 440, and an unknown preid', () => {
    expect(userError(() => nextVersion('0.1.x', 'patch', { style: 'pep440' })).message).toContain(
      '"0.1.x"',
    );
    expect(
      userError(() =>
        nextVersion('0.1.1', 'prerelease', { preid: 'gamma' as Preid, style: 'pep440' }),
      ).message,
    ).toContain('alpha, beta, rc');
  });
});

describe('SemVer spelling', () => {
  const pairs: [string, string | undefined][] = [
    ['0.2.0', '0.2.0'],
    ['0.2.0rc1', '0.2.0-rc.1'],
    ['0.2.0a1', '0.2.0-alpha.1'],
    ['0.2.0b12', '0.2.0-beta.12'],
    ['1.0', '1.0.0'],
    ['0.2.0.post1', undefined],
    ['0.2.0.dev1', undefined],
    ['1!0.2.0', undefined],
    ['0.2.0+local', undefined],
    ['1.2.3.4', undefined],
    ['not a version', undefined],
  ];
  for (const [pep440, spelled] of pairs) {
    it(`${pep440} ↔ ${String(spelled)}`, () => {
      expect(toSemverSpelling(pep440)).toBe(spelled);
    });
  }

  it('reads the SemVer spellings of the pre-release phases', () => {
    expect(fromSemverSpelling('0.2.0-rc.1')).toBe('0.2.0rc1');
    expect(fromSemverSpelling('0.2.0-alpha.1')).toBe('0.2.0a1');
    expect(fromSemverSpelling('0.2.0-beta.3')).toBe('0.2.0b3');
    expect(fromSemverSpelling('0.2.0-rc1')).toBe('0.2.0rc1');
    expect(fromSemverSpelling('0.2.0-RC.2')).toBe('0.2.0rc2');
    expect(fromSemverSpelling('1.2.3')).toBe('1.2.3');
  });

  it('says nothing about what has no PEP 440 twin', () => {
    for (const text of [
      '0.2.0-alpha',
      '0.2.0-0',
      '0.2.0-alpha.beta',
      '0.2.0-rc.1.2',
      '0.2.0+build.5',
      'v0.2.0',
      ' 0.2.0',
      '0.2',
      '01.2.3',
      '0.2.0-dev.1',
    ]) {
      expect(fromSemverSpelling(text), text).toBeUndefined();
    }
  });
});

describe('release flags', () => {
  it('treats a, b, rc and dev as pre-releases, post as final', () => {
    expect(isPrereleaseVersion('0.2.0rc1')).toBe(true);
    expect(isPrereleaseVersion('0.2.0-alpha.1')).toBe(true);
    expect(isPrereleaseVersion('0.2.0b1')).toBe(true);
    expect(isPrereleaseVersion('0.2.0.dev1')).toBe(true);
    expect(isPrereleaseVersion('0.2.0.post1.dev1')).toBe(true);
    expect(isPrereleaseVersion('0.2.0.post1')).toBe(false);
    expect(isPrereleaseVersion('0.2.0')).toBe(false);
    expect(() => isPrereleaseVersion('latest')).toThrow(UserError);
  });

  it('marks latest only the newest final release', () => {
    const tags = ['0.1.14', '0.1.15', '0.2.0rc1', 'nightly'];
    expect(shouldBeLatest('0.1.16', tags)).toBe(true);
    expect(shouldBeLatest('0.1.15.post1', tags)).toBe(true);
    expect(shouldBeLatest('0.1.15', tags)).toBe(true);
    // A pre-release of a higher version does not hide the final one.
    expect(shouldBeLatest('0.1.16', [...tags, '0.3.0b1'])).toBe(true);
    // A hotfix below the newest final release.
    expect(shouldBeLatest('0.1.14.post1', tags)).toBe(false);
    expect(shouldBeLatest('0.1.16', [...tags, '0.2.0'])).toBe(false);
    expect(shouldBeLatest('0.2.0rc2', tags)).toBe(false);
    expect(shouldBeLatest('0.2.0.dev1', [])).toBe(false);
    expect(shouldBeLatest('1.0.0', [])).toBe(true);
  });
});

// Versions a project can write: X.Y.Z with an optional a/b/rc number, and for PEP 440 style
// also .postN, .devN and an epoch.
const release = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map((parts) => parts.join('.'));
const pre = fc.option(
  fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.integer({ min: 1, max: 30 })).map((p) => p.join('')),
  { nil: '' },
);
const semverWritable = fc.tuple(release, pre).map(([base, suffix]) => base + suffix);
const pep440Writable = fc
  .tuple(
    fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    semverWritable,
    fc.option(fc.nat(5), { nil: undefined }),
    fc.option(fc.nat(5), { nil: undefined }),
  )
  .map(
    ([epoch, base, post, dev]) =>
      (epoch ? `${epoch}!` : '') +
      base +
      (post === undefined ? '' : `.post${post}`) +
      (dev === undefined ? '' : `.dev${dev}`),
  );
const preid = fc.constantFrom<Preid | undefined>(undefined, 'alpha', 'beta', 'rc');
const level = fc.constantFrom<BumpLevel>(...BUMP_LEVELS);
const rank = { a: 0, b: 1, rc: 2, alpha: 0, beta: 1 } as Record<string, number>;

interface Vector {
  input: string;
  valid: boolean;
}
const vectors = (
  JSON.parse(readFileSync(new URL('../../fixtures/pep440.json', import.meta.url), 'utf8')) as {
    versions: Vector[];
  }
).versions.filter((vector) => vector.valid);

describe('every reference version from packaging', () => {
  it('steps to a greater version at every level, or refuses only a backward phase', () => {
    const mistakes: string[] = [];
    for (const { input } of vectors) {
      for (const bump of BUMP_LEVELS) {
        for (const id of [undefined, 'alpha', 'beta', 'rc'] as const) {
          try {
            const next = nextVersion(input, bump, { preid: id, style: 'pep440' });
            if (
              !(comparePep440(next.pep440, input) > 0) ||
              parsePep440(next.pep440)?.local !== null
            ) {
              mistakes.push(`${input} ${bump} ${id}: ${next.pep440}`);
            }
          } catch (error) {
            const backward = (error as UserError).title === 'Backward pre-release';
            if (!backward || bump !== 'prerelease')
              mistakes.push(`${input} ${bump} ${id}: ${String(error)}`);
          }
        }
      }
    }
    expect(mistakes).toEqual([]);
    expect(vectors.length).toBeGreaterThan(50);
  });
});

describe('properties', () => {
  it('every level gives a strictly greater version, or refuses a backward phase', () => {
    fc.assert(
      fc.property(pep440Writable, level, preid, (current, bump, id) => {
        const currentPre = parsePep440(current)?.pre;
        const backward =
          bump === 'prerelease' &&
          id !== undefined &&
          currentPre !== null &&
          currentPre !== undefined &&
          rank[id]! < rank[currentPre[0]]!;
        if (backward) {
          expect(
            userError(() => nextVersion(current, bump, { preid: id, style: 'pep440' })).title,
          ).toBe('Backward pre-release');
          return;
        }
        const next = nextVersion(current, bump, { preid: id, style: 'pep440' });
        expect(comparePep440(next.pep440, current)).toBeGreaterThan(0);
        expect(parsePep440(next.written)?.normalized).toBe(next.pep440);
      }),
      { numRuns: 2000 },
    );
  });

  it('the SemVer style writes what parses back to the same PEP 440 version', () => {
    fc.assert(
      fc.property(semverWritable, level, preid, (current, bump, id) => {
        let next;
        try {
          next = nextVersion(current, bump, { preid: id, style: 'semver' });
        } catch (error) {
          expect((error as UserError).title).toBe('Backward pre-release');
          return;
        }
        expect(comparePep440(next.pep440, current)).toBeGreaterThan(0);
        expect(parsePep440(next.written)?.normalized).toBe(next.pep440);
        expect(fromSemverSpelling(next.written)).toBe(next.pep440);
      }),
      { numRuns: 2000 },
    );
  });

  it('SemVer and PEP 440 spellings round-trip', () => {
    fc.assert(
      fc.property(semverWritable, (version) => {
        const spelled = toSemverSpelling(version);
        expect(spelled).toBeDefined();
        expect(fromSemverSpelling(spelled!)).toBe(version);
        // PEP 440 itself reads the SemVer spelling as the same version.
        expect(parsePep440(spelled!)?.normalized).toBe(version);
      }),
      { numRuns: 1000 },
    );
  });

  it('SemVer order agrees with PEP 440 order on the spellings', () => {
    fc.assert(
      fc.property(semverWritable, semverWritable, (a, b) => {
        const left = toSemverSpelling(a)!;
        const right = toSemverSpelling(b)!;
        // SemVer compares pre-release identifiers as text: alpha < beta < rc, as a < b < rc.
        expect(Math.sign(comparePep440(a, b))).toBe(Math.sign(semver.compare(left, right)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the project version style', () => {
  it('is SemVer when the version or a tag already spells a pre-release that way', () => {
    expect(projectVersionStyle('0.2.0-rc.1', [])).toBe('semver');
    expect(projectVersionStyle('0.2.0', ['v0.1.0', 'v0.2.0-beta.1'])).toBe('semver');
    expect(projectVersionStyle('0.2.0', ['v0.1.0', 'v0.2.0rc1'])).toBe('pep440');
    expect(projectVersionStyle('0.2.0rc1', [])).toBe('pep440');
  });
});
