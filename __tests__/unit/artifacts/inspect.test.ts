import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/artifacts/crc32.js';
import {
  expectedSdistFilename,
  filenameProblems,
  parseSdistFilename,
  parseWheelFilename,
} from '../../../src/artifacts/filenames.js';
import type { InspectOptions } from '../../../src/artifacts/archive-checks.js';
import { inspectDist } from '../../../src/artifacts/inspect.js';
import { parseCoreMetadata } from '../../../src/artifacts/metadata.js';
import { unsafeLinkReason, unsafeMemberReason } from '../../../src/artifacts/paths.js';
import { UserError } from '../../../src/errors.js';
import { coreMetadata, makeTarGz, makeZip, type ArchiveMember } from '../../helpers/archives.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-artifacts-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let counter = 0;
async function freshDir(): Promise<string> {
  const dir = path.join(scratch, `case-${++counter}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

function thrown(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });
});

describe('core metadata', () => {
  it('reads fields, continuation lines and the body', () => {
    const text = [
      'Metadata-Version: 2.1',
      'Name: hello-pyrelease',
      'Version: 0.1.15',
      'Classifier: A',
      'classifier: B',
      'License: MIT',
      '        with a second line',
      '',
      '# Title',
      '',
      'Text.',
    ].join('\r\n');
    const metadata = parseCoreMetadata(`\uFEFF${text}`);
    expect(metadata.metadataVersion).toBe('2.1');
    expect(metadata.name).toBe('hello-pyrelease');
    expect(metadata.version).toBe('0.1.15');
    expect(metadata.fields.get('classifier')).toEqual(['A', 'B']);
    expect(metadata.fields.get('license')).toEqual(['MIT\nwith a second line']);
    expect(metadata.body).toBe('# Title\n\nText.');
  });

  it('has no body when the headers run to the end', () => {
    expect(parseCoreMetadata('Metadata-Version: 1.0\nName: a\nVersion: 1\n').body).toBe('');
    expect(parseCoreMetadata('Metadata-Version: 1.0\nName: a\nVersion: 1').body).toBeUndefined();
  });

  it('says which required field is missing, empty or repeated', () => {
    const missing = thrown(() =>
      parseCoreMetadata('Metadata-Version: 2.1\nName: a\n', 'X/METADATA'),
    );
    expect(missing.message).toContain(
      'X/METADATA is not valid core metadata: expected one Version field, found none',
    );
    const twice = thrown(() =>
      parseCoreMetadata('Metadata-Version: 2.1\nName: a\nVersion: 1\nVersion: 2\n'),
    );
    expect(twice.message).toContain('expected one Version field, found "1", "2"');
    expect(
      thrown(() => parseCoreMetadata('Metadata-Version: 2.1\nName:\nVersion: 1\n')).message,
    ).toContain('expected one Name field, found ""');
  });

  it('refuses lines that are not headers', () => {
    expect(
      thrown(() => parseCoreMetadata('Metadata-Version: 2.1\nnot a header\n')).message,
    ).toContain('line 2 is not a header: "not a header"');
    expect(thrown(() => parseCoreMetadata(' indented\n')).message).toContain(
      'line 1 starts with whitespace',
    );
  });
});

describe('file names', () => {
  it('splits wheel names with and without a build tag', () => {
    expect(parseWheelFilename('hello_pyrelease-0.1.15-py2.py3-none-any.whl')).toMatchObject({
      distribution: 'hello_pyrelease',
      version: '0.1.15',
      build: undefined,
      pythonTags: ['py2', 'py3'],
      abiTags: ['none'],
      platformTags: ['any'],
    });
    expect(
      parseWheelFilename('pkg-1.0-1abc-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'),
    ).toMatchObject({
      build: '1abc',
      platformTags: ['manylinux_2_17_x86_64', 'manylinux2014_x86_64'],
    });
    for (const bad of [
      'pkg-1.0-py3-none.whl',
      'pkg-1.0-x1-py3-none-any.whl',
      'hello-pyrelease-0.1.15-1-py3-none-any-x.whl',
      'pkg-1.0-py3-none-any.zip',
      'pkg-1.0-py3-no ne-any.whl',
    ]) {
      expect(parseWheelFilename(bad), bad).toBeUndefined();
    }
  });

  it('splits sdist names', () => {
    expect(parseSdistFilename('hello_pyrelease-0.1.15.tar.gz')).toMatchObject({
      distribution: 'hello_pyrelease',
      version: '0.1.15',
    });
    expect(parseSdistFilename('hello-pyrelease-0.1.15.tar.gz')?.version).toBe('pyrelease-0.1.15');
    expect(parseSdistFilename('hello_pyrelease-0.1.15.zip')).toBeUndefined();
    expect(parseSdistFilename('-0.1.tar.gz')).toBeUndefined();
    expect(expectedSdistFilename('Mongodb.Session--Manager', '0.1.15')).toBe(
      'mongodb_session_manager-0.1.15.tar.gz',
    );
  });

  it('accepts the normalised name and version only', () => {
    const check = (filename: string, name = 'mongodb-session-manager', version = '0.1.15') =>
      filenameProblems(
        parseWheelFilename(filename) ?? parseSdistFilename(filename)!,
        name,
        version,
      );
    expect(check('mongodb_session_manager-0.1.15.tar.gz')).toEqual([]);
    expect(check('mongodb_session_manager-0.1.15-py3-none-any.whl')).toEqual([]);
    expect(check('mongodb_session_manager-1.0.0rc1.tar.gz', 'x', '1.0.0-RC1')[0]).toContain(
      'starts with "mongodb_session_manager"; expected "x"',
    );
    expect(
      check('mongodb_session_manager-1.0.0rc1.tar.gz', 'mongodb_session_manager', '1.0.0-RC1'),
    ).toEqual([]);
    const unnormalised = check('Mongodb.Session_Manager-0.1.15-py3-none-any.whl');
    expect(unnormalised).toHaveLength(1);
    expect(unnormalised[0]).toContain('expected "mongodb_session_manager"');
    expect(unnormalised[0]).toContain('upgrade the build backend');
    const stale = check('mongodb_session_manager-0.1.14.tar.gz');
    expect(stale).toEqual([expect.stringContaining('is version 0.1.14; expected 0.1.15')]);
    const written = check(
      'mongodb_session_manager-1.0RC1.tar.gz',
      'mongodb-session-manager',
      '1.0rc1',
    );
    expect(written).toEqual([expect.stringContaining('expected the normal form "1.0rc1"')]);
    expect(check('mongodb_session_manager-banana.tar.gz')[0]).toContain('not a PEP 440 version');
  });
});

describe('member paths', () => {
  it('flags names and links that escape the unpack folder', () => {
    expect(unsafeMemberReason('pkg/a.py')).toBeUndefined();
    expect(unsafeMemberReason('pkg/..a/b..')).toBeUndefined();
    expect(unsafeMemberReason('../x')).toContain('".." segment');
    expect(unsafeMemberReason('pkg/../../x')).toContain('".." segment');
    expect(unsafeMemberReason('/etc/passwd')).toContain('absolute');
    expect(unsafeMemberReason('C:/x')).toContain('drive letter');
    expect(unsafeMemberReason('pkg\\..\\x')).toContain('backslash');
    expect(unsafeLinkReason('pkg/sub/link', '../a', 'symlink')).toBeUndefined();
    expect(unsafeLinkReason('pkg/link', '../../etc', 'symlink')).toContain('outside');
    expect(unsafeLinkReason('pkg/link', '/etc/passwd', 'symlink')).toContain('absolute');
    expect(unsafeLinkReason('pkg/sub/link', '../a', 'hardlink')).toContain('outside');
  });
});

// A dist folder like the example's, built by the helpers; `change` alters members first.
const PROJECT = 'hello-pyrelease';
const TOP = 'hello_pyrelease-0.1.15';
const WHEEL = 'hello_pyrelease-0.1.15-py3-none-any.whl';
const SDIST = 'hello_pyrelease-0.1.15.tar.gz';

function sdistMembers(version = '0.1.15'): ArchiveMember[] {
  return [
    { name: `${TOP}/PKG-INFO`, content: coreMetadata(PROJECT, version) },
    { name: `${TOP}/pyproject.toml`, content: '[project]\nname = "hello-pyrelease"\n' },
    { name: `${TOP}/README.md`, content: '# Readme\n' },
    { name: `${TOP}/LICENSE`, content: 'MIT\n' },
    { name: `${TOP}/src/hello_pyrelease/__init__.py`, content: '' },
  ];
}

function wheelMembers(version = '0.1.15'): ArchiveMember[] {
  return [
    { name: 'hello_pyrelease/__init__.py', content: 'x = 1\n' },
    { name: `${TOP}.dist-info/METADATA`, content: coreMetadata('Hello_PyRelease', version) },
    { name: `${TOP}.dist-info/WHEEL`, content: 'Wheel-Version: 1.0\n' },
  ];
}

/** Members of an older build: folders named for 0.1.14. */
function stale(members: ArchiveMember[]): ArchiveMember[] {
  return members.map((m) => ({ ...m, name: m.name.replace('0.1.15', '0.1.14') }));
}

async function distDir(
  sdist: ArchiveMember[] = sdistMembers(),
  wheel: ArchiveMember[] = wheelMembers(),
): Promise<string> {
  const dir = await freshDir();
  await writeFile(path.join(dir, SDIST), makeTarGz(sdist));
  await writeFile(path.join(dir, WHEEL), makeZip(wheel));
  return dir;
}

function options(dir: string, extra: Partial<InspectOptions> = {}): InspectOptions {
  return {
    distDir: dir,
    projectName: PROJECT,
    version: '0.1.15',
    importName: 'hello_pyrelease',
    expectLicense: true,
    readme: 'README.md',
    ...extra,
  };
}

function sha256sum(file: string): string {
  return execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
}

describe('inspectDist on built archives', () => {
  it('finds nothing wrong with a good dist folder and hashes both files', async () => {
    const dir = await distDir();
    await writeFile(path.join(dir, '.gitignore'), '*\n');
    const result = await inspectDist(options(dir));
    expect(result.problems).toEqual([]);
    expect(result.sdist).toMatchObject({
      path: path.join(dir, SDIST),
      filename: SDIST,
      sha256: sha256sum(path.join(dir, SDIST)),
      metadataVersion: '2.1',
      size: (await readFile(path.join(dir, SDIST))).length,
    });
    expect(result.wheel?.sha256).toBe(sha256sum(path.join(dir, WHEEL)));
    expect(result.wheels).toEqual([result.wheel]);
  });

  it('accepts any README when none is named, and no LICENSE when none is expected', async () => {
    const members = sdistMembers().filter((m) => !/README|LICENSE/.test(m.name));
    members.push({ name: `${TOP}/readme.rst`, content: 'x' });
    const dir = await distDir(members);
    const result = await inspectDist(options(dir, { readme: undefined, expectLicense: false }));
    expect(result.problems).toEqual([]);
  });

  it('takes the declared readme wherever it is, and asks none of a project without one', async () => {
    const members = sdistMembers().filter((m) => !/README/.test(m.name));
    members.push({ name: `${TOP}/docs/README.md`, content: 'x' });
    const dir = await distDir(members);
    const declared = await inspectDist(options(dir, { readme: 'docs/README.md' }));
    expect(declared.problems).toEqual([]);
    const none = await inspectDist(options(dir, { readme: undefined, expectReadme: false }));
    expect(none.problems).toEqual([]);
    const expected = await inspectDist(options(dir, { readme: undefined, expectReadme: true }));
    expect(expected.problems.map((problem) => problem.message).join('\n')).toContain(
      'a README file',
    );
  });

  it('reports names that climb out of the archive, in the sdist and the wheel', async () => {
    const dir = await distDir(
      [
        ...sdistMembers(),
        { name: '../x', content: 'evil' },
        { name: 'other/file.txt', content: 'misplaced' },
        { name: `${TOP}/l`, type: 'symlink', linkName: '../../etc/passwd' },
      ],
      [...wheelMembers(), { name: 'hello_pyrelease/../../x.pth', content: 'evil' }],
    );
    const result = await inspectDist(options(dir));
    const titles = result.problems.map((p) => p.title);
    expect(titles).toEqual([
      'Unsafe path in archive',
      'Unsafe link in archive',
      'Files outside the sdist folder',
      'Unsafe path in archive',
    ]);
    expect(result.problems[0]!.message).toContain(
      `${SDIST} holds entries that would be written outside`,
    );
    expect(result.problems[0]!.message).toContain('"../x" contains a ".." segment');
    expect(result.problems[2]!.message).toMatch(
      /outside hello_pyrelease-0\.1\.15\/: other\/file\.txt\. /,
    );
    expect(result.problems[1]!.message).toContain(
      `"${TOP}/l" points outside the archive (../../etc/passwd)`,
    );
    expect(result.problems[3]!.message).toContain('"hello_pyrelease/../../x.pth"');
  });

  it('reports a wheel without METADATA', async () => {
    const dir = await distDir(
      undefined,
      wheelMembers().filter((m) => !m.name.endsWith('METADATA')),
    );
    const result = await inspectDist(options(dir));
    expect(result.problems).toEqual([
      {
        title: 'Missing metadata',
        message: expect.stringContaining(
          `${WHEEL} has no ${TOP}.dist-info/METADATA; found no .dist-info/METADATA at all`,
        ),
      },
    ]);
    expect(result.wheel?.metadataVersion).toBeUndefined();
  });

  it('reports METADATA under another dist-info folder and reads it anyway', async () => {
    const wheel = stale(wheelMembers('0.1.14'));
    const dir = await distDir(undefined, wheel);
    const messages = (await inspectDist(options(dir))).problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('found hello_pyrelease-0.1.14.dist-info/METADATA'),
      expect.stringContaining('says Version: 0.1.14; expected 0.1.15'),
    ]);
  });

  it('reports a wrong version in METADATA and PKG-INFO, comparing by PEP 440', async () => {
    const dir = await distDir(sdistMembers('0.1.16'), wheelMembers('0.1.14'));
    const result = await inspectDist(options(dir));
    expect(result.problems).toEqual([
      {
        title: 'Wrong version in metadata',
        message: expect.stringContaining(
          `${SDIST}:${TOP}/PKG-INFO says Version: 0.1.16; expected 0.1.15`,
        ),
      },
      {
        title: 'Wrong version in metadata',
        message: expect.stringContaining(
          `${WHEEL}:${TOP}.dist-info/METADATA says Version: 0.1.14; expected 0.1.15`,
        ),
      },
    ]);
    const spelled = await distDir(sdistMembers('v0.1.15'), wheelMembers('0.1.15.post0'));
    const problems = (await inspectDist(options(spelled))).problems;
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('says Version: 0.1.15.post0; expected 0.1.15'),
    ]);
  });

  it('reports a project name that is not this project', async () => {
    const wheel = wheelMembers();
    wheel[1] = {
      name: `${TOP}.dist-info/METADATA`,
      content: coreMetadata('hello-other', '0.1.15'),
    };
    const problems = (await inspectDist(options(await distDir(undefined, wheel)))).problems;
    expect(problems).toEqual([
      {
        title: 'Wrong name in metadata',
        message: expect.stringContaining('says Name: hello-other; expected hello-pyrelease'),
      },
    ]);
  });

  it('reports truncated archives as unreadable', async () => {
    const dir = await distDir();
    const wheel = await readFile(path.join(dir, WHEEL));
    await writeFile(path.join(dir, WHEEL), wheel.subarray(0, wheel.length - 10));
    const sdist = await readFile(path.join(dir, SDIST));
    await writeFile(path.join(dir, SDIST), sdist.subarray(0, sdist.length / 2));
    const result = await inspectDist(options(dir));
    expect(result.problems.map((p) => p.title)).toEqual(['Unreadable sdist', 'Unreadable wheel']);
    expect(result.problems[1]!.message).toContain(`${WHEEL} is not a readable zip file`);
    expect(result.wheel?.sha256).toBe(sha256sum(path.join(dir, WHEEL)));
  });

  it('reports missing files in the sdist and a wheel without the package import-name names', async () => {
    const sdist = sdistMembers().filter((m) => /PKG-INFO/.test(m.name));
    const wheel = wheelMembers().filter((m) => !m.name.startsWith('hello_pyrelease/'));
    wheel.push({ name: 'hello/__init__.py', content: '' });
    const problems = (await inspectDist(options(await distDir(sdist, wheel)))).problems;
    expect(problems.map((p) => p.title)).toEqual([
      'Missing file in sdist',
      'Missing package in wheel',
    ]);
    expect(problems[0]!.message).toContain(
      `lacks pyproject.toml, README.md (the readme pyproject.toml names), a LICENSE file under ${TOP}/`,
    );
    expect(problems[1]!.message).toContain(
      `${WHEEL} has no hello_pyrelease, the import-name input (no hello_pyrelease/__init__.py, hello_pyrelease.py or compiled hello_pyrelease module); it holds hello. Set import-name`,
    );
  });

  it('a project without pyproject.toml: its sdist holds setup.py and setup.cfg instead', async () => {
    const legacy = { buildFiles: ['setup.py', 'setup.cfg'] };
    const setupPy = sdistMembers().map((m) =>
      m.name.endsWith('/pyproject.toml')
        ? { name: `${TOP}/setup.py`, content: 'from setuptools import setup\nsetup()\n' }
        : m,
    );
    setupPy.push({ name: `${TOP}/setup.cfg`, content: '[metadata]\nname = hello-pyrelease\n' });
    expect((await inspectDist(options(await distDir(setupPy), legacy))).problems).toEqual([]);

    const withoutCfg = setupPy.filter((m) => !m.name.endsWith('/setup.cfg'));
    const problems = (await inspectDist(options(await distDir(withoutCfg), legacy))).problems;
    expect(problems).toEqual([
      {
        title: 'Missing file in sdist',
        message: expect.stringContaining(`lacks setup.cfg under ${TOP}/`),
      },
    ]);
    // pyproject.toml is not asked of it.
    expect(problems[0]!.message).not.toContain('pyproject.toml,');
  });

  it('takes the usual licence names when the project declares none', async () => {
    for (const name of ['LICENSE.txt', 'LICENSE.md', 'LICENCE', 'COPYING', 'COPYING.rst']) {
      const sdist = sdistMembers().map((m) =>
        m.name === `${TOP}/LICENSE` ? { ...m, name: `${TOP}/${name}` } : m,
      );
      expect((await inspectDist(options(await distDir(sdist)))).problems, name).toEqual([]);
    }
    const notices = sdistMembers().map((m) =>
      m.name === `${TOP}/LICENSE` ? { ...m, name: `${TOP}/NOTICE` } : m,
    );
    expect((await inspectDist(options(await distDir(notices)))).problems).toEqual([
      { title: 'Missing file in sdist', message: expect.stringContaining('lacks a LICENSE file') },
    ]);
  });

  it('asks for exactly the licence files the project declares (PEP 639 globs), naming the missing ones', async () => {
    // referencing and jsonschema: license-files = ["COPYING"] and no LICENSE at all.
    const copying = sdistMembers().map((m) =>
      m.name === `${TOP}/LICENSE` ? { ...m, name: `${TOP}/COPYING` } : m,
    );
    copying.push({ name: `${TOP}/licenses/vendored/zlib.txt`, content: 'zlib\n' });
    const declared = (patterns: string[]) => ({
      licenseFiles: { patterns, declaredIn: 'license-files in pyproject.toml [project]' },
    });
    const dir = await distDir(copying);
    expect((await inspectDist(options(dir, declared(['COPYING'])))).problems).toEqual([]);
    expect(
      (await inspectDist(options(dir, declared(['COPYING', 'licenses/**/*.txt'])))).problems,
    ).toEqual([]);
    const missing = await inspectDist(
      options(dir, declared(['COPYING', 'LICEN[CS]E*', 'NOTICE', 'licenses/*.txt'])),
    );
    expect(missing.problems).toEqual([
      {
        title: 'Missing file in sdist',
        message: expect.stringContaining(
          `lacks LICEN[CS]E*, NOTICE, licenses/*.txt (named by license-files in pyproject.toml [project]) under ${TOP}/`,
        ),
      },
    ]);
    // Declared empty: none is asked for, whatever the project holds.
    const none = sdistMembers().filter((m) => m.name !== `${TOP}/LICENSE`);
    expect((await inspectDist(options(await distDir(none), declared([])))).problems).toEqual([]);
  });

  it('reports an sdist without the sources of what the wheel holds', async () => {
    const sdist = sdistMembers().filter((m) => !m.name.endsWith('__init__.py'));
    sdist.push({ name: `${TOP}/src/hello_pyrelease/cli.py`, content: '' });
    const problems = (await inspectDist(options(await distDir(sdist)))).problems;
    expect(problems).toEqual([
      {
        title: 'Missing file in sdist',
        message: expect.stringContaining(
          `lacks the sources of hello_pyrelease (hello_pyrelease/__init__.py) under ${TOP}/`,
        ),
      },
    ]);
  });

  it('imports what the wheel holds when no import-name is given, whatever the project is called', async () => {
    // pip-tools style: the distribution hello-pyrelease ships the package `hello`, at the sdist's
    // top rather than under src/, and a private extension module next to it.
    const sdist = sdistMembers().map((m) => ({
      ...m,
      name: m.name.replace('src/hello_pyrelease/', 'hello/'),
    }));
    const wheel = wheelMembers().map((m) => ({
      ...m,
      name: m.name.replace('hello_pyrelease/', 'hello/'),
    }));
    wheel.push({ name: '_hello_speedups.abi3.so', content: '' });
    const dir = await distDir(sdist, wheel);
    const found = await inspectDist(options(dir, { importName: undefined }));
    expect(found.problems).toEqual([]);
    expect(found.importNames).toEqual(['hello']);
    expect(found.version).toBe('0.1.15');
    // Named in the input, the private module is what gets imported; an absent name is refused.
    const named = await inspectDist(options(dir, { importName: '_hello_speedups' }));
    expect([named.problems, named.importNames]).toEqual([[], ['_hello_speedups']]);
    const absent = await inspectDist(options(dir, { importName: 'hello_pyrelease' }));
    expect(absent.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('has no hello_pyrelease, the import-name input'),
    ]);
    expect(absent.importNames).toEqual([]);
  });

  it('imports only what the wheel holds of what its top_level.txt lists, and says what it left out', async () => {
    // tqdm: setuptools listed the repository's images/ folder, which the wheel does not ship.
    const wheel = [
      ...wheelMembers(),
      { name: `${TOP}.dist-info/top_level.txt`, content: 'images\nhello_pyrelease\n' },
    ];
    const dir = await distDir(sdistMembers(), wheel);
    const found = await inspectDist(options(dir, { importName: undefined }));
    expect(found.problems).toEqual([]);
    expect(found.importNames).toEqual(['hello_pyrelease']);
    expect(found.absentTopLevel).toEqual(['images']);
    // Named in the input, the package is imported and nothing else is looked at.
    const named = await inspectDist(options(dir));
    expect([named.importNames, named.absentTopLevel]).toEqual([['hello_pyrelease'], []]);
  });

  it('finds a namespace package by its dotted import-name, and by itself', async () => {
    const sdist = [
      ...sdistMembers().filter((m) => !m.name.endsWith('__init__.py')),
      { name: `${TOP}/src/acme/tools/__init__.py`, content: '' },
    ];
    const wheel = [
      ...wheelMembers().filter((m) => !m.name.startsWith('hello_pyrelease/')),
      { name: 'acme/tools/__init__.py', content: '' },
      { name: `${TOP}.dist-info/top_level.txt`, content: 'acme\n' },
    ];
    const dir = await distDir(sdist, wheel);
    for (const importName of [undefined, 'acme.tools']) {
      const found = await inspectDist(options(dir, { importName }));
      expect([found.problems, found.importNames]).toEqual([[], ['acme.tools']]);
    }
  });

  it('reports a wheel with nothing to import', async () => {
    const wheel = wheelMembers().filter((m) => !m.name.startsWith('hello_pyrelease/'));
    wheel.push({ name: 'tests/test_x.py', content: '' });
    const found = await inspectDist(options(await distDir(undefined, wheel), { importName: '' }));
    expect(found.problems).toEqual([
      {
        title: 'Nothing to import in wheel',
        message: expect.stringContaining(
          `${WHEEL} holds no package or module to import (a folder with __init__.py, a .py file or a compiled module); its top level is ${TOP}.dist-info, tests.`,
        ),
      },
    ]);
  });

  it('without an expected version, returns the one the archives agree on', async () => {
    const found = await inspectDist(options(await distDir(), { version: undefined }));
    expect([found.problems, found.version]).toEqual([[], '0.1.15']);
    const spelled = await distDir(sdistMembers('0.1.15.0'), wheelMembers('v0.1.15'));
    expect((await inspectDist(options(spelled, { version: undefined }))).version).toBe('0.1.15');
  });

  it('without an expected version, reports archives that disagree', async () => {
    const dir = await distDir(sdistMembers('0.1.16'));
    const found = await inspectDist(options(dir, { version: undefined }));
    expect(found.problems).toEqual([
      {
        title: 'Versions disagree',
        message: expect.stringContaining(
          `the file name ${SDIST} says 0.1.15, ${SDIST}:${TOP}/PKG-INFO says 0.1.16, the file name ${WHEEL} says 0.1.15, ${WHEEL}:${TOP}.dist-info/METADATA says 0.1.15.`,
        ),
      },
    ]);
    expect(found.version).toBeUndefined();
    // The same archives against an expected version: each wrong one is reported on its own.
    const expected = await inspectDist(options(dir));
    expect(expected.problems.map((p) => p.title)).toEqual(['Wrong version in metadata']);
  });

  it('explains a version computed from git', async () => {
    const dir = await distDir(undefined, wheelMembers('0.1.16.dev0+g1a2b3c4.d20260101'));
    const problems = (await inspectDist(options(dir))).problems;
    expect(problems).toEqual([
      {
        title: 'Wrong version in metadata',
        message: expect.stringMatching(
          /METADATA says Version: 0\.1\.16\.dev0\+g1a2b3c4\.d20260101; expected 0\.1\.15, the version being released\. 0\.1\.16\.dev0\+g1a2b3c4\.d20260101 was computed from git .*tracked files had uncommitted changes/,
        ),
      },
    ]);
  });

  it('reports an sdist whose files sit under another folder', async () => {
    const sdist = sdistMembers().map((m) => ({
      ...m,
      name: m.name.replace(TOP, 'hello-pyrelease-0.1.15'),
    }));
    const problems = (await inspectDist(options(await distDir(sdist)))).problems;
    expect(problems).toEqual([
      {
        title: 'Wrong sdist folder',
        message: expect.stringContaining(
          `should hold everything under ${TOP}/; found hello-pyrelease-0.1.15/`,
        ),
      },
    ]);
  });

  it('lists stray files, missing and extra archives', async () => {
    const dir = await distDir();
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await mkdir(path.join(dir, 'build'));
    await writeFile(
      path.join(dir, 'hello_pyrelease-0.1.14.tar.gz'),
      makeTarGz(stale(sdistMembers('0.1.14'))),
    );
    const result = await inspectDist(options(dir));
    expect(result.problems.map((p) => p.title)).toEqual([
      'Unexpected file in dist',
      'Several sdists',
      'Wrong sdist file name',
      'Wrong version in metadata',
    ]);
    expect(result.problems[0]!.message).toContain(
      `${dir} holds build/, notes.txt, which is neither`,
    );
    expect(result.problems[1]!.message).toContain(
      `exactly one sdist, ${SDIST}; found build/, hello_pyrelease-0.1.14.tar.gz, ${WHEEL}, ${SDIST}, notes.txt`,
    );
    expect(result.sdist).toBeUndefined();

    const empty = await freshDir();
    const none = await inspectDist(options(empty));
    expect(none.problems.map((p) => [p.title, p.message.includes('found nothing')])).toEqual([
      ['Missing sdist', true],
      ['Missing wheel', true],
    ]);
    const absent = await inspectDist(options(path.join(empty, 'nope')));
    expect(absent.problems.map((p) => p.title)).toEqual(['Missing dist folder']);
  });

  it('lists a FIFO and a link to /dev/zero as stray files, without opening them', async () => {
    const dir = await distDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe-0.1.15-py3-none-any.whl')]);
    await symlink('/dev/zero', path.join(dir, 'zero-0.1.15.tar.gz'));
    const result = await inspectDist(options(dir));
    expect(result.problems[0]!.title).toBe('Unexpected file in dist');
    expect(result.problems[0]!.message).toContain(
      `${dir} holds pipe-0.1.15-py3-none-any.whl (a FIFO), zero-0.1.15.tar.gz (a character device), which is neither`,
    );
  });

  it('allows several wheels only when asked, and only for this version', async () => {
    const dir = await distDir();
    const linux = 'hello_pyrelease-0.1.15-cp312-cp312-manylinux_2_17_x86_64.whl';
    await writeFile(path.join(dir, linux), makeZip(wheelMembers()));
    const refused = await inspectDist(options(dir));
    expect(refused.problems.map((p) => p.title)).toEqual(['Several wheels']);
    expect(refused.wheel).toBeUndefined();
    expect(refused.wheels).toHaveLength(2);

    const allowed = await inspectDist(options(dir, { allowManyWheels: true }));
    expect(allowed.problems).toEqual([]);
    expect(allowed.wheel?.filename).toBe(linux);
    expect(allowed.wheels.map((w) => w.filename)).toEqual([linux, WHEEL]);

    await writeFile(
      path.join(dir, 'hello_pyrelease-0.1.14-cp311-cp311-win_amd64.whl'),
      makeZip(stale(wheelMembers('0.1.14'))),
    );
    const mixed = await inspectDist(options(dir, { allowManyWheels: true }));
    expect(mixed.problems.map((p) => p.title)).toEqual([
      'Wrong wheel file name',
      'Wrong version in metadata',
    ]);
    expect(mixed.problems[0]!.message).toContain('is version 0.1.14; expected 0.1.15');
  });
});
