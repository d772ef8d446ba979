// incremental's `__version__ = Version("Twisted", 24, 7, 0)`: found from the configuration that
// switches incremental on (hatch source, [tool.incremental], setup.py use_incremental=True), read
// as text into the version incremental's Version.public() gives, cross-checked like every other
// version, and rewritten in place by a bump.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkVersions } from '../../../../src/check/check-versions.js';
import {
  editIncrementalVersion,
  incrementalParts,
} from '../../../../src/project/version-files/incremental-edit.js';
import { UserError } from '../../../../src/errors.js';
import { loadProject, type Project } from '../../../../src/project/project.js';
import { readIncrementalVersion } from '../../../../src/project/version-files/incremental-version.js';
import { parsePep440, samePep440 } from '../../../../src/version/pep440.js';
import { parseVersionTag } from '../../../../src/version/tag.js';
import { memoryReader } from '../../../helpers/memory.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

/** A `_version.py` as `incremental update` writes it, with the call given. */
const versionPy = (call: string, name = 'Twisted') =>
  lines(
    '"""', // 1
    `Provides ${name} version information.`, // 2
    '"""', // 3
    '', // 4
    '# This file is auto-generated! Do not edit!', // 5
    `# Use \`python -m incremental.update ${name}\` to change this file.`, // 6
    '', // 7
    'from incremental import Version', // 8
    '', // 9
    `__version__ = ${call}`, // 10
    '__all__ = ["__version__"]', // 11
  );

const HATCH = lines(
  '[build-system]',
  'requires = ["hatchling >= 1.10.0", "incremental >= 24.7.0"]',
  'build-backend = "hatchling.build"',
  '',
  '[project]',
  'name = "Twisted"',
  'dynamic = ["version"]',
  '',
  '[tool.hatch.version]',
  'source = "incremental"', // 10
);

async function load(files: Record<string, string>): Promise<Project> {
  return loadProject(memoryReader(files), { dir: '', changelog: '', versionFiles: [] });
}

async function refusal(files: Record<string, string>): Promise<UserError> {
  const error = await load(files).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

function refused(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const valueOf = (call: string) => {
  const reading = readIncrementalVersion(versionPy(call));
  return reading.kind === 'call' ? reading.call.value : reading.kind;
};

describe('incremental: reading the Version call as Version.public() gives it', () => {
  it.each([
    ['Version("Twisted", 24, 7, 0)', '24.7.0'],
    ['Version("Twisted", 24, 10, 0, release_candidate=1)', '24.10.0rc1'],
    ['Version("Twisted", 24, 7, 0, post=0)', '24.7.0.post0'],
    ['Version("Twisted", 24, 7, 1, dev=3)', '24.7.1.dev3'],
    ['Version("Twisted", 24, 7, 1, release_candidate=2, dev=0)', '24.7.1rc2.dev0'],
    ['Version("Twisted", 1, 2, 3, release_candidate=1, post=2, dev=3)', '1.2.3rc1.post2.dev3'],
    // Keywords in any order, as Python takes them.
    ['Version("Twisted", 1, 2, 3, dev=3, release_candidate=1)', '1.2.3rc1.dev3'],
    // release_candidate=0 is a release candidate to public() (it tests `is None`).
    ['Version("Twisted", 1, 2, 3, release_candidate=0)', '1.2.3rc0'],
    // The deprecated prerelease= counts only when it is not 0, as incremental's __init__ does.
    ['Version("Twisted", 1, 2, 3, prerelease=2)', '1.2.3rc2'],
    ['Version("Twisted", 1, 2, 3, prerelease=0)', '1.2.3'],
    // By position: package, major, minor, micro, release_candidate.
    ['Version("Twisted", 1, 2, 3, 4)', '1.2.3rc4'],
    // treq's and Klein's older files quote with single quotes; incremental.Version works too.
    ["Version('treq', 18, 6, 0)", '18.6.0'],
    ['incremental.Version("Twisted", 24, 7, 0)', '24.7.0'],
    ['Version("Twisted", 24, 7, 0,)  # trailing comma and a comment', '24.7.0'],
    // An indeterminate version builds as "NEXT", which the check then calls no PEP 440 version.
    ['Version("Twisted", "NEXT", 0, 0)', 'NEXT'],
  ])('%s → %s', (call, value) => {
    expect(valueOf(call)).toBe(value);
  });

  it('reads a call written over several lines', () => {
    expect(valueOf('Version(\n    "Twisted",\n    24,\n    7,\n    0,\n)')).toBe('24.7.0');
  });

  it.each([
    'Version("Twisted", *parts)',
    'Version("Twisted", 24, 7, MICRO)',
    'Version("Twisted", 24, 7, 0 + 1)',
    'Version("Twisted", 24, 7, 0.5)',
    'Version("Twisted", 24, 7, 007)',
    'Version("Twisted", 24, 7, 0, release_candidate=1, prerelease=2)',
    'Version("Twisted", 24, 7, 0, rc=1)',
    'Version("Twisted", 24, 7, 0, release_candidate=1, release_candidate=2)',
    'Version("Twisted", 24, 7, 0',
  ])('leaves what only running the file would tell to the build: %s', (call) => {
    expect(valueOf(call)).toBe('unreadable');
  });

  it('points at the major number, counting lines and columns past a BOM and CRLF', () => {
    const text = '\uFEFF' + versionPy('Version("Twisted", 24, 7, 0)').replace(/\n/g, '\r\n');
    const reading = readIncrementalVersion(text);
    expect(reading).toMatchObject({
      kind: 'call',
      call: { value: '24.7.0', line: 10, column: 34 },
    });
  });
});

describe('incremental: where the configuration says the version is', () => {
  it("reads Twisted's layout: hatch source, [project].name lowercased, src/ folder", async () => {
    const project = await load({
      'pyproject.toml': HATCH,
      'src/twisted/_version.py': versionPy('Version("Twisted", 24, 10, 0, release_candidate=1)'),
    });
    expect(project.origin).toEqual({ kind: 'file', backend: 'hatchling' });
    expect(project.primary).toMatchObject({
      kind: 'incremental',
      label: 'src/twisted/_version.py (incremental)',
      file: 'src/twisted/_version.py',
      line: 10,
      column: 34,
      value: '24.10.0rc1',
    });
  });

  it('takes [tool.incremental] name over [project].name, and a flat layout', async () => {
    const project = await load({
      'pyproject.toml': HATCH + lines('', '[tool.incremental]', 'name = "Shrubbery"'),
      'shrubbery/_version.py': versionPy('Version("Shrubbery", 25, 1, 0)', 'Shrubbery'),
    });
    expect(project.primary).toMatchObject({ file: 'shrubbery/_version.py', value: '25.1.0' });
  });

  it("reads setuptools with a [tool.incremental] table (incremental's setuptools plugin)", async () => {
    const project = await load({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["setuptools", "incremental>=24.7.2"]',
        'build-backend = "setuptools.build_meta"',
        '',
        '[project]',
        'name = "widgetbox"',
        'dynamic = ["version"]',
        '',
        '[tool.incremental]',
      ),
      'src/widgetbox/_version.py': versionPy('Version("widgetbox", 17, 1, 0)', 'widgetbox'),
    });
    expect(project.origin).toEqual({ kind: 'file', backend: 'setuptools' });
    expect(project.primary).toMatchObject({ file: 'src/widgetbox/_version.py', value: '17.1.0' });
  });

  it("reads setup.py's use_incremental=True (treq, Klein), naming the package from setup.py", async () => {
    const project = await load({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["setuptools >= 35.0.2", "wheel >= 0.29.0", "incremental >= 21.3.0"]',
        'build-backend = "setuptools.build_meta"',
      ),
      'setup.py': lines(
        'from setuptools import find_packages, setup',
        '',
        'if __name__ == "__main__":',
        '    setup(',
        '        name="treq",',
        '        packages=find_packages("src"),',
        '        package_dir={"": "src"},',
        '        setup_requires=["incremental"],',
        '        use_incremental=True,',
        '    )',
      ),
      'src/treq/_version.py': versionPy('Version("treq", 23, 11, 0)', 'treq'),
    });
    expect(project.origin).toEqual({ kind: 'file', backend: 'setuptools' });
    expect(project.primary).toMatchObject({
      file: 'src/treq/_version.py',
      line: 10,
      value: '23.11.0',
    });
  });

  it('leaves a setup.py whose _version.py is elsewhere to the build', async () => {
    const project = await load({
      'setup.py': lines('from setuptools import setup', 'setup(name="odd", use_incremental=True)'),
      'pyproject.toml': lines('[build-system]', 'build-backend = "setuptools.build_meta"'),
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      backend: 'setuptools',
      location: { file: 'setup.py', line: 2 },
    });
  });

  it('leaves a call it cannot read to the build, pointing at its line', async () => {
    const project = await load({
      'pyproject.toml': HATCH,
      'src/twisted/_version.py': versionPy('Version("Twisted", *_parts)'),
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      backend: 'hatchling',
      location: { file: 'src/twisted/_version.py', line: 10 },
    });
  });

  it('refuses a missing _version.py, naming where incremental looks', async () => {
    const error = await refusal({ 'pyproject.toml': HATCH });
    expect(error.title).toBe('Version file not found');
    expect(error.message).toContain('src/twisted/_version.py or twisted/_version.py');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 10 });
  });

  it('refuses two different versions in one file', async () => {
    const error = await refusal({
      'pyproject.toml': HATCH,
      'src/twisted/_version.py':
        versionPy('Version("Twisted", 24, 7, 0)') + '__version__ = Version("Twisted", 24, 8, 0)\n',
    });
    expect(error.title).toBe('Conflicting __version__');
    expect(error.location).toEqual({ file: 'src/twisted/_version.py', line: 12 });
  });

  it('is cross-checked against the tag like any written version', async () => {
    const project = await load({
      'pyproject.toml': HATCH,
      'src/twisted/_version.py': versionPy('Version("Twisted", 24, 10, 0, release_candidate=1)'),
    });
    const check = (name: string) =>
      checkVersions({
        project,
        requireChangelogEntry: false,
        tagPrefix: 'twisted-',
        tag: parseVersionTag(name, 'twisted-'),
      });
    expect(check('twisted-24.10.0rc1').ok).toBe(true);
    const mismatch = check('twisted-24.10.0');
    expect(mismatch.ok).toBe(false);
    expect(mismatch.findings.find((finding) => finding.title === 'Version mismatch')).toMatchObject(
      {
        location: { file: 'src/twisted/_version.py', line: 10, column: 34 },
      },
    );
  });
});

describe('incremental: a bump rewrites the call in place', () => {
  const edit = (call: string, from: string, to: string) =>
    editIncrementalVersion(
      versionPy(call),
      'src/twisted/_version.py',
      { value: from, line: 10 },
      to,
    );

  it.each([
    // Only the numbers that change.
    ['Version("Twisted", 24, 7, 0)', '24.7.0', '24.8.0', 'Version("Twisted", 24, 8, 0)'],
    ['Version("Twisted", 24, 7, 0)', '24.7.0', '25.1.0', 'Version("Twisted", 25, 1, 0)'],
    // A release candidate is added, bumped and dropped as incremental writes it.
    [
      'Version("Twisted", 24, 7, 0)',
      '24.7.0',
      '24.10.0rc1',
      'Version("Twisted", 24, 10, 0, release_candidate=1)',
    ],
    [
      'Version("Twisted", 24, 10, 0, release_candidate=1)',
      '24.10.0rc1',
      '24.10.0rc2',
      'Version("Twisted", 24, 10, 0, release_candidate=2)',
    ],
    [
      'Version("Twisted", 24, 10, 0, release_candidate=2)',
      '24.10.0rc2',
      '24.10.0',
      'Version("Twisted", 24, 10, 0)',
    ],
    // Twisted's trunk after 24.7.0 says post=0; the next candidate drops it.
    [
      'Version("Twisted", 24, 7, 0, post=0)',
      '24.7.0.post0',
      '24.10.0rc1',
      'Version("Twisted", 24, 10, 0, release_candidate=1)',
    ],
    // Several at once, in incremental's order.
    [
      'Version("Twisted", 1, 2, 3)',
      '1.2.3',
      '1.2.4rc1.post2.dev3',
      'Version("Twisted", 1, 2, 4, release_candidate=1, post=2, dev=3)',
    ],
    [
      'Version("Twisted", 1, 2, 3, dev=0)',
      '1.2.3.dev0',
      '1.2.3rc1.dev1',
      'Version("Twisted", 1, 2, 3, release_candidate=1, dev=1)',
    ],
    // Fewer than three release numbers are padded, as `incremental update --newversion` does.
    ['Version("Twisted", 1, 9, 9)', '1.9.9', '2.0', 'Version("Twisted", 2, 0, 0)'],
    // Single quotes and spacing stay as written.
    [
      "Version('Twisted',24,7,0)",
      '24.7.0',
      '24.7.1rc1',
      "Version('Twisted',24,7,1, release_candidate=1)",
    ],
  ])('%s: %s → %s', (call, from, to, expected) => {
    expect(edit(call, from, to)).toBe(versionPy(expected));
  });

  it('keeps a BOM, CRLF and every other byte', () => {
    const before = '\uFEFF' + versionPy('Version("Twisted", 24, 7, 0)').replace(/\n/g, '\r\n');
    const after = editIncrementalVersion(
      before,
      'f.py',
      { value: '24.7.0', line: 10 },
      '24.8.0rc1',
    );
    expect(after).toBe(before.replace('24, 7, 0)', '24, 8, 0, release_candidate=1)'));
  });

  it.each([
    ['24.8.0a1', 'is an alpha; incremental writes only release candidates'],
    ['24.8.0b2', 'is a beta; incremental writes only release candidates'],
    ['1!24.8.0', 'has an epoch'],
    ['24.8.0+local', 'has a local label'],
    ['24.8.0.1', 'has 4 release numbers'],
  ])('refuses %s, naming the file to edit by hand', (version, why) => {
    const error = refused(() => edit('Version("Twisted", 24, 7, 0)', '24.7.0', version));
    expect(error.title).toBe('Bump refused');
    expect(error.message).toContain(why);
    expect(error.message).toContain('Edit the Version(…) call in src/twisted/_version.py by hand');
    expect(error.location).toEqual({ file: 'src/twisted/_version.py', line: 10 });
  });

  it.each([
    ['Version("Twisted", 24, 7, 0, prerelease=1)', '24.7.0rc1', 'deprecated prerelease='],
    ['Version("Twisted", 24, 7, 0, 1)', '24.7.0rc1', 'by position'],
    ['Version("Twisted", "NEXT", 0, 0)', 'NEXT', 'placeholder NEXT'],
  ])('refuses a call it cannot safely rewrite: %s', (call, from, why) => {
    const error = refused(() => edit(call, from, '24.8.0'));
    expect(error.title).toBe('Bump refused');
    expect(error.message).toContain(why);
  });

  it('refuses a file that changed since it was read', () => {
    const error = refused(() => edit('Version("Twisted", 24, 7, 1)', '24.7.0', '24.8.0'));
    expect(error.title).toBe('File changed');
  });

  it('writes what reads back as the new version, whatever the parts', () => {
    const part = fc.option(fc.nat({ max: 30 }), { nil: undefined });
    const call = fc.record({
      major: fc.nat(99),
      minor: fc.nat(12),
      micro: fc.nat(9),
      rc: part,
      post: part,
      dev: part,
    });
    const written = (v: {
      major: number;
      minor: number;
      micro: number;
      rc?: number;
      post?: number;
      dev?: number;
    }) =>
      `${v.major}.${v.minor}.${v.micro}${v.rc === undefined ? '' : `rc${v.rc}`}${v.post === undefined ? '' : `.post${v.post}`}${v.dev === undefined ? '' : `.dev${v.dev}`}`;
    const asCall = (v: {
      major: number;
      minor: number;
      micro: number;
      rc?: number;
      post?: number;
      dev?: number;
    }) =>
      `Version("Twisted", ${v.major}, ${v.minor}, ${v.micro}${v.rc === undefined ? '' : `, release_candidate=${v.rc}`}${v.post === undefined ? '' : `, post=${v.post}`}${v.dev === undefined ? '' : `, dev=${v.dev}`})`;
    fc.assert(
      fc.property(call, call, (from, to) => {
        const after = edit(asCall(from), written(from), written(to));
        // Exactly what incremental itself would write, and it reads back as the new version.
        expect(after).toBe(versionPy(asCall(to)));
        const reading = readIncrementalVersion(after);
        expect(reading.kind === 'call' && samePep440(reading.call.value, written(to))).toBe(true);
      }),
    );
  });

  it('maps PEP 440 onto incremental arguments', () => {
    expect(incrementalParts('24.10.0rc1')).toEqual({
      major: 24,
      minor: 10,
      micro: 0,
      release_candidate: 1,
    });
    expect(incrementalParts('3')).toEqual({ major: 3, minor: 0, micro: 0 });
    expect(parsePep440('24.10.0rc1')).not.toBeNull();
  });
});
