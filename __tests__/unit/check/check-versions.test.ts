import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckFacts } from '../../../src/check/check-facts.js';
import { checkVersions } from '../../../src/check/check-versions.js';
import type { Finding } from '../../../src/report.js';
import { loadProject, type Project } from '../../../src/project/project.js';
import { parseVersionTag } from '../../../src/version/tag.js';
import { memoryReader } from '../../helpers/memory.js';

const INIT = 'src/hello_pyrelease/__init__.py';

interface Versions {
  pyproject?: string;
  init?: string;
  extra?: string;
  lock?: string;
  changelog?: string;
}

const CHANGELOG = [
  '# Changelog', // 1
  '', // 2
  '## [Unreleased]', // 3
  '', // 4
  '### Added', // 5
  '- Something.', // 6
  '', // 7
  '## [0.1.15] - 2025-10-15', // 8
  '- Fixed.', // 9
  '', // 10
  '## [0.1.14] - 2025-09-30', // 11
  '- First release.', // 12
  '',
].join('\n');

/** The example project in memory, with the versions given. */
async function project(versions: Versions = {}): Promise<Project> {
  const files: Record<string, string> = {
    'pyproject.toml': [
      '[project]', // 1
      'name = "hello-pyrelease"', // 2
      `version = "${versions.pyproject ?? '0.1.15'}"`, // 3
      '',
      '[tool.hatch.build.targets.wheel]',
      'packages = ["src/hello_pyrelease"]',
      '',
    ].join('\n'),
    [INIT]: `"""Docs."""\n\n__version__ = "${versions.init ?? '0.1.15'}"\n`,
    'CHANGELOG.md': versions.changelog ?? CHANGELOG,
  };
  if (versions.extra !== undefined) {
    files['src/hello_pyrelease/_about.py'] =
      `VERSION = 1\n__version__: str = '${versions.extra}'\n`;
  }
  if (versions.lock !== undefined) {
    files['uv.lock'] = [
      'version = 1', // 1
      '', // 2
      '[[package]]', // 3
      'name = "hello-pyrelease"', // 4
      `version = "${versions.lock}"`, // 5
      'source = { editable = "." }', // 6
      '',
    ].join('\n');
  }
  return loadProject(memoryReader(files), {
    dir: '',
    changelog: 'CHANGELOG.md',
    versionFiles: versions.extra === undefined ? [] : ['src/hello_pyrelease/_about.py'],
  });
}

function facts(p: Project, extra: Partial<CheckFacts> = {}): CheckFacts {
  return { project: p, requireChangelogEntry: false, tagPrefix: 'v', ...extra };
}

function tag(name: string) {
  return parseVersionTag(name, 'v');
}

const titled = (findings: readonly Finding[], title: string) =>
  findings.filter((finding) => finding.title === title);

describe('checkVersions: files among themselves', () => {
  it('passes when every source agrees, with one row per source and the changelog', async () => {
    const result = checkVersions(facts(await project({ lock: '0.1.15' })));
    expect(result).toMatchObject({
      ok: true,
      version: '0.1.15',
      pep440: '0.1.15',
      prerelease: false,
      tag: 'v0.1.15',
      findings: [],
    });
    expect(result.rows).toEqual([
      {
        source: 'pyproject.toml [project].version',
        value: '0.1.15',
        location: { file: 'pyproject.toml', line: 3, column: 12 },
        ok: true,
      },
      {
        source: `${INIT} __version__`,
        value: '0.1.15',
        location: { file: INIT, line: 3, column: 16 },
        ok: true,
      },
      {
        source: 'uv.lock (this project)',
        value: '0.1.15',
        location: { file: 'uv.lock', line: 5, column: 12 },
        ok: true,
      },
      {
        source: 'CHANGELOG.md heading',
        value: '0.1.15',
        location: { file: 'CHANGELOG.md', line: 8, column: 5 },
        ok: true,
      },
    ]);
  });

  it('gives one error per disagreeing source, on its file, line and column', async () => {
    const result = checkVersions(facts(await project({ init: '0.1.14', extra: '0.1.16' })));
    expect(result.ok).toBe(false);
    const mismatches = titled(result.findings, 'Version mismatch');
    expect(mismatches.map((f) => [f.level, f.location])).toEqual([
      ['error', { file: INIT, line: 3, column: 16 }],
      ['error', { file: 'src/hello_pyrelease/_about.py', line: 2, column: 21 }],
    ]);
    expect(mismatches[0]!.message).toBe(
      `${INIT} __version__ says 0.1.14, but pyproject.toml [project].version (pyproject.toml:3) says 0.1.15. Set it to 0.1.15 so every location agrees.`,
    );
    expect(mismatches[1]!.message).toContain('says 0.1.16');
    expect(result.rows.map((row) => row.ok)).toEqual([true, false, false, true]);
    expect(result.findings).toHaveLength(2);
  });

  it('compares by PEP 440 meaning, not by spelling', async () => {
    const result = checkVersions(
      facts(
        await project({
          pyproject: '0.2.0rc1',
          init: '0.2.0-rc.1',
          extra: '0.2.0.rc1',
          changelog: '## [0.2.0-RC1] - 2025-11-01\n- Candidate.\n',
        }),
      ),
    );
    expect(result.findings.filter((f) => f.level !== 'notice')).toEqual([]);
    expect(result).toMatchObject({
      ok: true,
      pep440: '0.2.0rc1',
      prerelease: true,
      tag: 'v0.2.0rc1',
    });
  });

  it('reports a value that is not PEP 440 once, without a mismatch against it', async () => {
    const result = checkVersions(facts(await project({ pyproject: '0.1.15-SNAPSHOT' })));
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.title)).toEqual(['Invalid version']);
    expect(result.findings[0]).toMatchObject({
      level: 'error',
      location: { file: 'pyproject.toml', line: 3, column: 12 },
    });
    expect(result.findings[0]!.message).toContain(
      'pyproject.toml [project].version is not a PEP 440 version',
    );
    // What is not a version is quoted nowhere: not in a message, a row or an output.
    expect(JSON.stringify(result)).not.toContain('SNAPSHOT');
    expect(result.rows.find((row) => row.source.startsWith('pyproject.toml'))?.value).toBe(
      '(not a version)',
    );
    expect(result.pep440).toBeUndefined();
  });

  it('reports an invalid secondary value once', async () => {
    const result = checkVersions(facts(await project({ init: 'dev' })));
    expect(result.findings.map((f) => [f.title, f.location?.file])).toEqual([
      ['Invalid version', INIT],
    ]);
  });

  it('warns, without failing, when uv.lock has drifted', async () => {
    const result = checkVersions(facts(await project({ lock: '0.1.14' })));
    expect(result.ok).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      level: 'warning',
      title: 'uv.lock out of date',
      location: { file: 'uv.lock', line: 5, column: 12 },
    });
    expect(result.findings[0]!.message).toContain('uv.lock records 0.1.14');
    expect(result.findings[0]!.message).toContain('says 0.1.15');
    expect(result.findings[0]!.message).toContain('uv lock');
    expect(result.rows.find((row) => row.source.startsWith('uv.lock'))?.ok).toBe(false);
  });
});

describe('checkVersions: a tag', () => {
  it('accepts v0.2.0-rc.1 for files that say 0.2.0rc1', async () => {
    const p = await project({
      pyproject: '0.2.0rc1',
      init: '0.2.0rc1',
      changelog: '## [0.2.0rc1] - 2025-11-01\n- Candidate.\n',
    });
    const result = checkVersions(facts(p, { tag: tag('v0.2.0-rc.1') }));
    expect(result).toMatchObject({
      ok: true,
      findings: [],
      tag: 'v0.2.0-rc.1',
      version: '0.2.0rc1',
      pep440: '0.2.0rc1',
      prerelease: true,
    });
    expect(result.rows[0]).toEqual({ source: 'tag v0.2.0-rc.1', value: '0.2.0-rc.1', ok: true });
  });

  it('gives an error for every file that disagrees with the tag, the primary one included', async () => {
    const result = checkVersions(facts(await project({ lock: '0.1.15' }), { tag: tag('v0.1.16') }));
    expect(result.ok).toBe(false);
    const errors = result.findings.filter((f) => f.level === 'error');
    expect(errors.map((f) => [f.title, f.location])).toEqual([
      ['Version mismatch', { file: 'pyproject.toml', line: 3, column: 12 }],
      ['Version mismatch', { file: INIT, line: 3, column: 16 }],
      ['Changelog has no section for this version', { file: 'CHANGELOG.md', line: 3 }],
    ]);
    expect(errors[0]!.message).toContain('says 0.1.15, but the tag v0.1.16 is 0.1.16');
    expect(errors[0]!.message).toContain('git push origin --delete v0.1.16');
    expect(errors[2]!.message).toContain('"## [0.1.16] - YYYY-MM-DD"');
    expect(titled(result.findings, 'uv.lock out of date')).toHaveLength(1);
    expect(result.rows.find((r) => r.source === 'CHANGELOG.md heading')).toEqual({
      source: 'CHANGELOG.md heading',
      value: '(missing)',
      location: { file: 'CHANGELOG.md', line: 3 },
      ok: false,
    });
  });

  it('says nothing of a lightweight tag: GitHub\'s "Draft a new release" page makes them', async () => {
    const p = await project();
    const result = checkVersions(facts(p, { tag: tag('v0.1.15') }));
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([]);
  });

  it('warns when the tagged version is marked [YANKED]', async () => {
    const p = await project({ changelog: '## [0.1.15] - 2025-10-15 [YANKED]\n- Broken.\n' });
    const result = checkVersions(facts(p, { tag: tag('v0.1.15') }));
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([
      {
        level: 'warning',
        title: 'Yanked version',
        message: 'CHANGELOG.md marks 0.1.15 as [YANKED].',
        location: { file: 'CHANGELOG.md', line: 1 },
      },
    ]);
  });

  it('agrees with packaging on which spellings are the same version', async () => {
    const vectors = JSON.parse(
      readFileSync(new URL('../../fixtures/pep440.json', import.meta.url), 'utf8'),
    ) as { order: { input: string; rank: number }[] };
    // Tags hold no whitespace or '!' (epochs); the file values can (packaging strips whitespace).
    // A tag's version starts with a digit (`vv1` is no version tag).
    const spellings = vectors.order.filter((v) => /^[0-9][A-Za-z0-9._+-]*$/.test(v.input));
    expect(spellings.length).toBeGreaterThan(55);
    const wrong: string[] = [];
    for (const file of spellings) {
      const p = await project({
        pyproject: file.input,
        init: file.input,
        changelog: `## [${file.input}] - 2025-01-01\n`,
      });
      for (const tagged of spellings) {
        if (Math.abs(tagged.rank - file.rank) > 1) continue;
        const result = checkVersions(facts(p, { tag: tag(`v${tagged.input}`) }));
        if (result.ok !== (tagged.rank === file.rank)) {
          wrong.push(`file ${file.input}, tag v${tagged.input}: ok=${result.ok}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('checkVersions: the changelog', () => {
  it('errors at [Unreleased] when a tag has no section for its version', async () => {
    const p = await project({ pyproject: '0.2.0', init: '0.2.0' });
    const result = checkVersions(facts(p, { tag: tag('v0.2.0') }));
    expect(result.findings).toEqual([
      {
        level: 'error',
        title: 'Changelog has no section for this version',
        message: expect.stringContaining('CHANGELOG.md has no heading for 0.2.0') as string,
        location: { file: 'CHANGELOG.md', line: 3 },
      },
    ]);
  });

  it('before a tag, lets [Unreleased] stand for a version not yet released', async () => {
    const p = await project({ pyproject: '0.2.0', init: '0.2.0' });
    const result = checkVersions(facts(p));
    expect(result.findings).toEqual([]);
    expect(result.rows).toContainEqual({
      source: 'CHANGELOG.md heading',
      value: '## [Unreleased]',
      location: { file: 'CHANGELOG.md', line: 3 },
      ok: true,
    });
  });

  it('errors at line 1 on a tag when there is no [Unreleased] either', async () => {
    const result = checkVersions(
      facts(await project({ changelog: '# Changelog\n' }), { tag: tag('v0.1.15') }),
    );
    expect(result.findings.map((f) => [f.title, f.location])).toEqual([
      ['Changelog has no section for this version', { file: 'CHANGELOG.md', line: 1 }],
    ]);
  });

  it('before a tag, says in the summary only that the section is still to write', async () => {
    const result = checkVersions(facts(await project({ changelog: '# Changelog\n' })));
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.level, f.title])).toEqual([['info', 'Changelog section']]);
    expect(result.findings[0]!.message).toContain('before tagging 0.1.15');
  });

  it('needs no section for a development version or one already released', async () => {
    const changelog = '# Changelog\n\n## 0.1.14 (2025-09-30)\n- Old.\n';
    for (const version of ['0.2.0.dev0', '0.2.0.dev3', '0.1.15+dev']) {
      const p = await project({ pyproject: version, init: version, changelog });
      const result = checkVersions(facts(p));
      expect(result.findings, version).toEqual([]);
      expect(result.rows, version).toContainEqual(
        expect.objectContaining({ value: '(development version)', ok: true }),
      );
      // A tag of a development version still needs its section.
      expect(checkVersions(facts(p, { tag: tag(`v${version}`) })).ok, version).toBe(false);
    }
    const released = await project({ changelog });
    expect(checkVersions(facts(released, { releasedVersions: ['0.1.15'] })).findings).toEqual([]);
    const unreleased = checkVersions(facts(released, { releasedVersions: ['0.1.14'] }));
    expect(unreleased.findings.map((f) => f.level)).toEqual(['info']);
  });

  it('does not check a changelog found without the input that has no release heading', async () => {
    const plain = await project({ changelog: 'Changes\n\n6.0.3 (2025-09-25)\n* A fix.\n' });
    const found = { ...plain, changelog: { ...plain.changelog!, discovered: true } };
    const result = checkVersions(facts(found, { tag: tag('v0.1.15') }));
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.level, f.title])).toEqual([
      ['notice', 'Changelog not read'],
    ]);
    // Named by the input, it is the file the maintainer keeps: the section is needed.
    expect(checkVersions(facts(plain, { tag: tag('v0.1.15') })).ok).toBe(false);
  });

  it("on a tag, a patch of a series whose patches go inside its section (mypy's ## Mypy 2.3) stands in it", async () => {
    const mypy = [
      '# Mypy Release Notes', // 1
      '', // 2
      '## Mypy 0.2', // 3
      '', // 4
      '- Minor release notes.', // 5
      '', // 6
      '## Mypy 0.1', // 7
      '', // 8
      '- Older.', // 9
      '', // 10
      '### Mypy 0.1.14', // 11
      '', // 12
      '- A patch, written inside its series.', // 13
      '',
    ].join('\n');
    const versions = { pyproject: '0.2.1', init: '0.2.1', changelog: mypy };
    const p = await project(versions);
    const patched = checkVersions(facts(p, { tag: tag('v0.2.1') }));
    expect(patched.ok).toBe(true);
    expect(patched.findings.map((f) => [f.level, f.title, f.location?.line])).toEqual([
      ['notice', 'Release notes', 3],
    ]);
    expect(patched.findings[0]!.message).toContain('### Mypy 0.1.14 at line 11');
    // A flat changelog (every release at one level) still needs the patch's own section.
    const flat = mypy.replace('### Mypy 0.1.14', '## Mypy 0.1.14');
    const refused = checkVersions(
      facts(await project({ ...versions, changelog: flat }), { tag: tag('v0.2.1') }),
    );
    expect(refused.findings.map((f) => f.title)).toEqual([
      'Changelog has no section for this version',
    ]);
  });

  it("before a tag, an undated heading of a version already released is history (moviepy's ## v2.2)", async () => {
    const changelog = '# Changelog\n\n## [Unreleased]\n\n## v0.1.15\n\n- Entry.\n';
    const p = await project({ changelog });
    const released = checkVersions(facts(p, { releasedVersions: ['0.1.15'] }));
    expect(released.findings.map((f) => [f.level, f.title])).toEqual([
      ['info', 'Untidy changelog'],
    ]);
    // Released by PEP 440 meaning: moviepy's pyproject says 2.2.0, its tag v2.2.
    const spelled = checkVersions(facts(p, { releasedVersions: ['0.1.15.0'] }));
    expect(spelled.findings.map((f) => f.level)).toEqual(['info']);
    // Not yet released, the version's own heading is said where it is; so it is on the tag.
    const pending = checkVersions(facts(p, { releasedVersions: ['0.1.14'] }));
    expect(titled(pending.findings, 'Untidy changelog').map((f) => f.level)).toEqual(['warning']);
    const tagged = checkVersions(facts(p, { tag: tag('v0.1.15'), releasedVersions: ['0.1.15'] }));
    expect(titled(tagged.findings, 'Untidy changelog').map((f) => f.level)).toEqual(['warning']);
  });

  it('on a tag, needs no section in a changelog the project stopped writing', async () => {
    const changelog = '# Changelog\n\n## [0.1.10] - 2024-01-01\n- Old.\n';
    const p = await project({ changelog });
    const releasedVersions = ['0.1.14', '0.1.13', '0.1.12', '0.1.11', '0.1.10'];
    const stopped = checkVersions(facts(p, { tag: tag('v0.1.15'), releasedVersions }));
    expect(stopped.ok).toBe(true);
    expect(stopped.findings.map((f) => [f.level, f.title, f.location?.line])).toEqual([
      ['notice', 'Changelog no longer kept', 3],
    ]);
    expect(stopped.findings[0]!.message).toContain(
      'stops at 0.1.10 (line 3), older than the release 0.1.12',
    );
    // A changelog one release behind is still kept: the tag needs its section.
    const recent = ['0.1.15', '0.1.14', '0.1.13', '0.1.12', '0.1.11', '0.1.10'];
    const behind = '# Changelog\n\n## [0.1.13] - 2025-01-01\n- Old.\n';
    const kept = checkVersions(
      facts(await project({ changelog: behind }), {
        tag: tag('v0.1.15'),
        releasedVersions: recent,
      }),
    );
    expect(kept.findings.map((f) => f.title)).toEqual([
      'Changelog has no section for this version',
    ]);
  });

  it('passes on the changelog warnings as warnings on their lines', async () => {
    const changelog = '## [0.1.15]\n- Entry.\n\n## [0.1.15] - 2025-10-15\n';
    const result = checkVersions(facts(await project({ changelog })));
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.level, f.title, f.location?.line])).toEqual([
      ['warning', 'Untidy changelog', 1],
      ['warning', 'Untidy changelog', 4],
    ]);
    expect(result.findings[0]!.message).toContain('no date');
    expect(result.findings[1]!.message).toContain('second heading');
  });

  it('checks nothing about a changelog when there is none', async () => {
    const p = { ...(await project()), changelog: undefined };
    const result = checkVersions(facts(p));
    expect(result.findings).toEqual([]);
    expect(result.rows.map((r) => r.source)).not.toContain('CHANGELOG.md heading');
  });
});

describe('checkVersions: a pull request against its base branch', () => {
  const base = (baseVersion: string | undefined, baseProblem?: string) => ({
    pullRequest: { baseRef: 'main', baseVersion, baseProblem },
  });

  it('errors on the primary file when the version goes backwards', async () => {
    const p = await project({ pyproject: '0.1.14', init: '0.1.14' });
    const result = checkVersions(facts(p, base('0.1.15')));
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([
      {
        level: 'error',
        title: 'Version goes backwards',
        message: expect.stringContaining('0.1.14, which is lower than 0.1.15 on main') as string,
        location: { file: 'pyproject.toml', line: 3, column: 12 },
      },
    ]);
    expect(result.rows.at(-1)).toEqual({ source: 'base branch main', value: '0.1.15', ok: false });
  });

  it('passes a higher version with its changelog section', async () => {
    const changelog = CHANGELOG.replace(
      '## [0.1.15]',
      '## [0.2.0] - 2025-11-01\n- New.\n\n## [0.1.15]',
    );
    const p = await project({ pyproject: '0.2.0', init: '0.2.0', changelog });
    const result = checkVersions(facts(p, base('0.1.15')));
    expect(result.findings).toEqual([]);
    expect(result.rows.at(-1)).toEqual({ source: 'base branch main', value: '0.1.15', ok: true });
  });

  it('wants an [Unreleased] entry when the version is unchanged', async () => {
    const p = await project();
    expect(checkVersions(facts(p, base('0.1.15'))).findings).toEqual([]);
    // 0.1.15.0 is 0.1.15: still unchanged.
    expect(checkVersions(facts(p, base('0.1.15.0'))).findings).toEqual([]);

    const empty = await project({ changelog: CHANGELOG.replace('- Something.\n', '') });
    const lenient = checkVersions(facts(empty, base('0.1.15')));
    expect(lenient.ok).toBe(true);
    expect(lenient.findings).toEqual([
      {
        level: 'warning',
        title: 'No changelog entry',
        message: expect.stringContaining('empty "## [Unreleased]" section') as string,
        location: { file: 'CHANGELOG.md', line: 3 },
      },
    ]);
    const strict = checkVersions(facts(empty, { ...base('0.1.15'), requireChangelogEntry: true }));
    expect(strict.ok).toBe(false);
    expect(strict.findings.map((f) => [f.level, f.title])).toEqual([
      ['error', 'No changelog entry'],
    ]);
  });

  it('says when there is no [Unreleased] section at all', async () => {
    const p = await project({ changelog: '## [0.1.15] - 2025-10-15\n- Fixed.\n' });
    const result = checkVersions(facts(p, { ...base('0.1.15'), requireChangelogEntry: true }));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      level: 'error',
      location: { file: 'CHANGELOG.md', line: 1 },
    });
    expect(result.findings[0]!.message).toContain('has no "## [Unreleased]" section');
  });

  it('asks an entry only of a pull request that changes what users get', async () => {
    const empty = await project({ changelog: CHANGELOG.replace('- Something.\n', '') });
    const changed = (changedFiles: string[]) => ({
      pullRequest: { baseRef: 'main', baseVersion: '0.1.15', changedFiles },
    });
    const said = (files: string[]) =>
      checkVersions(facts(empty, changed(files))).findings.map((f) => f.title);
    expect(said([])).toEqual([]);
    expect(said(['tests/test_x.py', 'docs/index.md', '.github/workflows/ci.yml'])).toEqual([]);
    expect(said(['README.md', 'tox.ini', 'src/hello_pyrelease/test_unit.py'])).toEqual([]);
    expect(said(['src/hello_pyrelease/core.py'])).toEqual(['No changelog entry']);
    expect(said(['pyproject.toml', 'tests/test_x.py'])).toEqual(['No changelog entry']);
    // The pull request brings its own entry.
    expect(said(['src/hello_pyrelease/core.py', 'CHANGELOG.md'])).toEqual([]);
    // Entries left by earlier pull requests are not this one's.
    const full = checkVersions(facts(await project(), changed(['src/hello_pyrelease/core.py'])));
    expect(full.findings.map((f) => [f.level, f.title])).toEqual([
      ['warning', 'No changelog entry'],
    ]);
    expect(full.findings[0]!.message).toContain('changes the package but not CHANGELOG.md');
  });

  it('asks no [Unreleased] section of a project that keeps none', async () => {
    const p = await project({ changelog: '## [0.1.15] - 2025-10-15\n- Fixed.\n' });
    const pr = { baseRef: 'main', baseVersion: '0.1.15', changedFiles: ['src/x.py'] };
    expect(checkVersions(facts(p, { pullRequest: pr })).findings).toEqual([]);
    expect(checkVersions(facts(p, base('0.1.15'))).findings).toEqual([]);
  });

  it('wants the section from a pull request that changes the version', async () => {
    const p = await project({ pyproject: '0.2.0', init: '0.2.0' });
    const result = checkVersions(facts(p, base('0.1.15')));
    expect(result.findings.map((f) => [f.level, f.title])).toEqual([
      ['error', 'Changelog has no section for this version'],
    ]);
  });

  it('keeps untidy older headings to the summary, and notes the lines a pull request edits', async () => {
    const changelog = [
      '## [Unreleased]', // 1
      '- Something.', // 2
      '', // 3
      '## [0.1.15] - 2025-10-15', // 4
      '', // 5
      '## [0.1.14]', // 6
      '', // 7
      '## [0.1.13]', // 8
      '',
    ].join('\n');
    const p = await project({ changelog });
    const pullRequest = { baseRef: 'main', baseVersion: '0.1.15', changedFiles: ['README.md'] };
    const quiet = checkVersions(facts(p, { pullRequest }));
    expect(quiet.findings.map((f) => [f.level, f.title, f.location?.line])).toEqual([
      ['info', 'Untidy changelog', 6],
    ]);
    expect(quiet.findings[0]!.message).toContain('2 older headings');
    const edited = checkVersions(
      facts(p, { pullRequest: { ...pullRequest, changedChangelogLines: new Set([8]) } }),
    );
    expect(edited.findings.map((f) => [f.level, f.location?.line])).toEqual([
      ['notice', 8],
      ['info', 6],
    ]);
    expect(edited.findings[1]!.message).toContain('An older heading');
  });

  it('gives a notice with the reason when the base version could not be read', async () => {
    const result = checkVersions(facts(await project(), base(undefined, 'no pyproject.toml')));
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([
      {
        level: 'notice',
        title: 'Base branch not compared',
        message:
          'The version on main could not be read (no pyproject.toml), so it was not compared.',
      },
    ]);
  });
});

describe('checkVersions: project notes', () => {
  it('turns notes into notices', async () => {
    const p = { ...(await project()), notes: ['Something worth knowing.'] };
    expect(checkVersions(facts(p)).findings).toEqual([
      { level: 'notice', title: 'Note', message: 'Something worth knowing.' },
    ]);
  });
});

describe('checkVersions: the tag is the version (hatch-vcs)', () => {
  async function vcsProject(
    changelog = CHANGELOG,
    extra: Record<string, string> = {},
  ): Promise<Project> {
    return loadProject(
      memoryReader({
        'pyproject.toml': [
          '[build-system]',
          'requires = ["hatchling", "hatch-vcs"]',
          'build-backend = "hatchling.build"',
          '',
          '[project]',
          'name = "hello-pyrelease"',
          'dynamic = ["version"]',
          '',
          '[tool.hatch.version]',
          'source = "vcs"',
          '',
        ].join('\n'),
        'CHANGELOG.md': changelog,
        ...extra,
      }),
      { dir: '', changelog: 'CHANGELOG.md', versionFiles: [] },
    );
  }

  it('takes the tag as the version and finds its changelog section', async () => {
    const result = checkVersions(
      facts(await vcsProject(), {
        tag: parseVersionTag('0.1.15', ''),
        earlierTags: [{ name: '0.1.14', version: '0.1.14' }],
      }),
    );
    expect(result).toMatchObject({ ok: true, version: '0.1.15', tag: '0.1.15', pep440: '0.1.15' });
    expect(result.rows.map((row) => [row.source, row.value])).toEqual([
      ['tag 0.1.15', '0.1.15'],
      ['CHANGELOG.md heading', '0.1.15'],
    ]);
    expect(titled(result.findings, 'Note')[0]?.message).toContain('hatch-vcs');
  });

  it('refuses a tag that is not greater than a release already in its history', async () => {
    const result = checkVersions(
      facts(await vcsProject(), {
        tag: parseVersionTag('v0.1.15', ''),
        earlierTags: [
          { name: 'v0.1.14', version: '0.1.14' },
          { name: 'v0.2.0', version: '0.2.0' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    expect(titled(result.findings, 'Tag not newer')[0]?.message).toContain('v0.2.0');
  });

  it('holds no old pre-release that sorts higher against a final release', async () => {
    const earlierTags = [
      { name: '2013.1b1', version: '2013.1b1' },
      { name: 'v0.1.14', version: '0.1.14' },
    ];
    const final = checkVersions(
      facts(await vcsProject(), { tag: parseVersionTag('v0.1.15', ''), earlierTags }),
    );
    expect(titled(final.findings, 'Tag not newer')).toEqual([]);
    const candidate = checkVersions(
      facts(await vcsProject(), { tag: parseVersionTag('v0.1.15rc1', ''), earlierTags }),
    );
    expect(titled(candidate.findings, 'Tag not newer')[0]?.message).toContain('2013.1b1');
  });

  it('compares no uv.lock with a version the tag sets: uv does not hold it to the project', async () => {
    const lock =
      'version = 1\n\n[[package]]\nname = "hello-pyrelease"\nversion = "0.1.15.dev2+g52add92"\nsource = { editable = "." }\n';
    const p = await vcsProject(CHANGELOG, { 'uv.lock': lock });
    expect(p.sources.map((source) => source.kind)).toEqual([]);
    const result = checkVersions(facts(p, { tag: parseVersionTag('v0.1.15', '') }));
    expect(titled(result.findings, 'uv.lock out of date')).toEqual([]);
  });

  it('refuses a tag with no changelog section', async () => {
    const result = checkVersions(facts(await vcsProject(), { tag: parseVersionTag('v0.3.0', '') }));
    expect(titled(result.findings, 'Changelog has no section for this version')).toHaveLength(1);
  });

  it('on a pull request, checks [Unreleased] and has no version to output', async () => {
    const empty = CHANGELOG.replace('### Added\n- Something.\n', '');
    const result = checkVersions(
      facts(await vcsProject(empty), {
        pullRequest: { baseRef: 'main', baseVersion: undefined, baseProblem: 'no version' },
      }),
    );
    expect(result).toMatchObject({ ok: true, version: undefined, tag: undefined });
    expect(titled(result.findings, 'No changelog entry')).toHaveLength(1);
    expect(titled(result.findings, 'Base branch not compared')).toHaveLength(0);
  });
});
