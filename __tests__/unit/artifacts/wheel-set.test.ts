// The checks on a folder of wheels from a build matrix: which files belong, tags PyPI accepts,
// no two wheels for one tag, at most one sdist, metadata that agrees; and which wheel fits an
// interpreter.
import { describe, expect, it } from 'vitest';
import { parseCoreMetadata } from '../../../src/artifacts/metadata.js';
import { pypiAcceptsPlatform } from '../../../src/pypi-rules/platform-tags.js';
import {
  expandTags,
  sortDistFiles,
  wheelSetProblems,
  type FoundFile,
  type SetMember,
} from '../../../src/artifacts/wheel-set.js';
import {
  fittingWheels,
  folderInstallArgs,
  noFittingWheelMessage,
} from '../../../src/artifacts/wheel-fit.js';
import { parseWheelFilename } from '../../../src/artifacts/filenames.js';

function found(shown: string, sha256 = 'a'.repeat(64)): FoundFile {
  return { shown, path: `/w/${shown}`, filename: shown.split('/').pop()!, sha256 };
}

const METADATA = [
  'Metadata-Version: 2.1',
  'Name: hello-ext',
  'Version: 0.1.15',
  'Summary: A test package.',
  'Requires-Dist: attrs>=22',
  'Requires-Dist: click',
  '',
  '# hello-ext',
].join('\n');

function member(filename: string, text = METADATA): SetMember {
  return { filename, metadata: parseCoreMetadata(text) };
}

const SDIST = member('hello_ext-0.1.15.tar.gz');
const options = { distDir: 'dist', requireSdist: false };

describe('sortDistFiles', () => {
  it('takes wheels and sdists, skips .gitignore, and names every other file with what to do', () => {
    const sorted = sortDistFiles(
      [
        found('dist/hello_ext-0.1.15.tar.gz'),
        found('dist/hello_ext-0.1.15-cp311-cp311-win_amd64.whl'),
        found('dist/.gitignore'),
        found('dist/hello_ext-0.1.15.zip'),
        found('dist/hello_ext-0.1.15-py3.11.egg'),
        found('dist/notes.txt'),
      ],
      ['dist/wheels-linux/'],
    );
    expect(sorted.wheels.map((file) => file.filename)).toEqual([
      'hello_ext-0.1.15-cp311-cp311-win_amd64.whl',
    ]);
    expect(sorted.sdists.map((file) => file.filename)).toEqual(['hello_ext-0.1.15.tar.gz']);
    const messages = sorted.problems.map((problem) => problem.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/dist\/wheels-linux\/ .*merge-multiple: true/);
    expect(messages.find((m) => m.startsWith('dist/hello_ext-0.1.15.zip'))).toMatch(
      /\.tar\.gz only \(PEP 625\)/,
    );
    expect(messages.find((m) => m.startsWith('dist/hello_ext-0.1.15-py3.11.egg'))).toMatch(
      /egg, which PyPI no longer accepts/,
    );
    expect(messages.find((m) => m.startsWith('dist/notes.txt'))).toMatch(/leave it out/);
  });

  it('releases a file found twice with the same bytes once, and refuses one with other bytes', () => {
    const pure = 'hello_ext-0.1.15-py3-none-any.whl';
    const same = sortDistFiles([found(`wheels-a/${pure}`), found(`wheels-b/${pure}`)], []);
    expect(same.wheels).toHaveLength(1);
    expect(same.problems).toEqual([]);
    expect(same.warnings[0]?.message).toContain('wheels-a/' + pure);

    const other = sortDistFiles(
      [found(`wheels-a/${pure}`), found(`wheels-b/${pure}`, 'b'.repeat(64))],
      [],
    );
    expect(other.problems).toHaveLength(1);
    expect(other.problems[0]!.title).toBe('Duplicate file');
    expect(other.problems[0]!.message).toContain(`wheels-b/${pure} sha256 ${'b'.repeat(64)}`);
  });
});

describe('pypiAcceptsPlatform', () => {
  const accepted = [
    'any',
    'win_amd64',
    'win32',
    'win_arm64',
    'manylinux1_x86_64',
    'manylinux2014_aarch64',
    'manylinux_2_17_x86_64',
    'manylinux_2_28_ppc64',
    'musllinux_1_2_x86_64',
    'musllinux_1_1_riscv64',
    'macosx_10_9_x86_64',
    'macosx_10_13_universal2',
    'macosx_11_0_arm64',
    'macosx_14_0_arm64',
    'macosx_26_0_arm64',
    'ios_13_0_arm64_iphoneos',
    'ios_13_0_x86_64_iphonesimulator',
    'android_21_arm64_v8a',
    'android_24_x86_64',
    'pyemscripten_2024_0_wasm32',
    'linux_armv7l',
  ];
  const refused = [
    'linux_x86_64',
    'linux_aarch64',
    'musllinux_1_2_ppc64',
    'manylinux_2_17_sparc',
    'macosx_11_3_arm64',
    'macosx_16_0_arm64',
    'macosx_10_9_arm65',
    'ios_13_0_arm64',
    'ios_13_0_armv7_iphoneos',
    'android_21_mips',
    'emscripten_3_1_58_wasm32',
    'cygwin',
    'freebsd_14_0_amd64',
  ];
  it.each(accepted)('accepts %s', (tag) => expect(pypiAcceptsPlatform(tag)).toBe(true));
  it.each(refused)('refuses %s', (tag) => expect(pypiAcceptsPlatform(tag)).toBe(false));
});

describe('wheelSetProblems', () => {
  const linux = member(
    'hello_ext-0.1.15-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  );
  const windows = member('hello_ext-0.1.15-cp311-cp311-win_amd64.whl');

  it('passes a matrix of wheels and its sdist', () => {
    expect(wheelSetProblems([linux, windows], [SDIST], options)).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('warns about a missing sdist, or refuses it with require-sdist', () => {
    const warned = wheelSetProblems([linux], [], options);
    expect(warned.problems).toEqual([]);
    expect(warned.warnings.map((w) => w.title)).toEqual(['Missing sdist']);
    const refused = wheelSetProblems([linux], [], { ...options, requireSdist: true });
    expect(refused.problems.map((p) => p.title)).toEqual(['Missing sdist']);
    expect(refused.warnings).toEqual([]);
  });

  it('refuses two sdists and no wheel', () => {
    const result = wheelSetProblems([], [SDIST, member('hello_ext-0.1.15.post0.tar.gz')], options);
    expect(result.problems.map((p) => p.title)).toEqual(['Several sdists', 'Missing wheel']);
  });

  it('refuses a platform tag PyPI refuses, saying what to do', () => {
    const result = wheelSetProblems(
      [member('hello_ext-0.1.15-cp311-cp311-linux_x86_64.whl')],
      [SDIST],
      options,
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.title).toBe('Platform tag PyPI refuses');
    expect(result.problems[0]!.message).toMatch(/linux_x86_64.*auditwheel repair/);
  });

  it('refuses two wheels that share a tag, also within a compressed tag set', () => {
    const result = wheelSetProblems(
      [linux, member('hello_ext-0.1.15-cp311-cp311-manylinux2014_x86_64.whl'), windows],
      [SDIST],
      options,
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.title).toBe('Two wheels for one tag');
    expect(result.problems[0]!.message).toContain(linux.filename);
    expect(result.problems[0]!.message).toContain('cp311-cp311-manylinux2014_x86_64');
    // A build tag only breaks ties: a rebuilt wheel with one may sit beside the first.
    const rebuilt = member(
      'hello_ext-0.1.15-1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    );
    expect(wheelSetProblems([linux, rebuilt], [SDIST], options).problems).toEqual([]);
  });

  it('refuses metadata that differs from the sdist on a field it does not mark Dynamic', () => {
    const other = member(windows.filename, METADATA.replace('click', 'click>=8'));
    const result = wheelSetProblems([linux, other], [SDIST], options);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.title).toBe('Metadata differs between files');
    expect(result.problems[0]!.message).toContain(
      `${windows.filename} and ${SDIST.filename} disagree on Requires-Dist: "attrs>=22 | click>=8" here, "attrs>=22 | click"`,
    );
    // Marked Dynamic in the sdist: each wheel may have its own.
    const dynamic = member(
      SDIST.filename,
      METADATA.replace('Metadata-Version: 2.1', 'Metadata-Version: 2.2\nDynamic: Requires-Dist'),
    );
    expect(wheelSetProblems([linux, other], [dynamic], options).problems).toEqual([]);
  });

  it('compares wheels with each other without an sdist, and the description too', () => {
    const other = member(windows.filename, `${METADATA}\nMore text.`);
    const result = wheelSetProblems([linux, other], [], options);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Description (the long description)'),
    ]);
    // The order of a multiple-use field carries no meaning; Metadata-Version may differ.
    const reordered = member(
      windows.filename,
      METADATA.replace(
        'Requires-Dist: attrs>=22\nRequires-Dist: click',
        'Requires-Dist: click\nRequires-Dist: attrs>=22',
      ).replace('2.1', '2.3'),
    );
    expect(wheelSetProblems([linux, reordered], [SDIST], options).problems).toEqual([]);
  });
});

describe('wheel-fit', () => {
  const supported = [
    'cp311-cp311-manylinux_2_36_x86_64',
    'cp311-cp311-manylinux_2_17_x86_64',
    'cp311-abi3-manylinux_2_17_x86_64',
    'cp311-none-manylinux_2_17_x86_64',
    'py3-none-any',
  ];
  it('expands compressed tag sets', () => {
    expect(
      expandTags(parseWheelFilename('a-1-cp311.cp312-cp311.abi3-manylinux1_x86_64.whl')!),
    ).toEqual([
      'cp311-cp311-manylinux1_x86_64',
      'cp311-abi3-manylinux1_x86_64',
      'cp312-cp311-manylinux1_x86_64',
      'cp312-abi3-manylinux1_x86_64',
    ]);
  });

  it('ranks the wheels an interpreter installs, most specific first', () => {
    expect(
      fittingWheels(
        [
          'a-1-py3-none-any.whl',
          'a-1-cp311-cp311-win_amd64.whl',
          'a-1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
          'a-1-cp312-cp312-manylinux_2_17_x86_64.whl',
        ],
        supported,
      ),
    ).toEqual([
      'a-1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'a-1-py3-none-any.whl',
    ]);
  });

  it('says which tags the folder has and which the interpreter takes', () => {
    const message = noFittingWheelMessage({
      filenames: ['a-1-cp312-cp312-win_amd64.whl', 'a-1-cp312-cp312-macosx_11_0_arm64.whl'],
      supported,
      interpreter: 'Python 3.11 (cpython) on linux-x86_64',
      requirement: 'a==1',
    });
    expect(message).toContain('cp312-cp312-win_amd64; cp312-cp312-macosx_11_0_arm64');
    expect(message).toContain(
      'takes cp311-cp311-manylinux_2_36_x86_64, cp311-cp311-manylinux_2_17_x86_64',
    );
    expect(message).toContain('Python 3.11 (cpython) on linux-x86_64');
  });

  it('installs from the folders only, never from an index or an sdist', () => {
    expect(folderInstallArgs('a==1', ['/d1', '/d 2'])).toEqual([
      'pip',
      'install',
      '--only-binary',
      ':all:',
      '--no-index',
      '--find-links',
      '/d1',
      '--find-links',
      '/d 2',
      '--no-deps',
      'a==1',
    ]);
  });
});
