import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addUnreleasedSection, rollChangelog } from '../../../../src/changelog/roll.js';
import { joinLines, splitLines } from '../../../../src/files/editable-lines.js';
import { replaceAt, replaceEach } from '../../../../src/project/version-files/replace.js';
import { UserError } from '../../../../src/errors.js';
import { parseChangelog } from '../../../../src/changelog/parse.js';
import { locateTomlString } from '../../../../src/project/pyproject.js';
import { findVersionAssignments } from '../../../../src/project/version-files/python-version.js';
import { readLockedVersion } from '../../../../src/project/version-files/uv-lock.js';
import { EXAMPLE } from '../../../helpers/repo.js';

function userError(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const BOM = '\uFEFF';

describe('lines', () => {
  it('split and join give back every byte, mixed endings and all', () => {
    for (const text of ['', 'a', 'a\n', `${BOM}a\r\nb\nc`, '\r\n\r\n', 'a\rb\n']) {
      expect(joinLines(splitLines(text))).toBe(text);
    }
  });
});

describe('replaceAt on pyproject.toml', () => {
  const pyproject = [
    '# The package',
    '[build-system]',
    'requires = ["hatchling"]  # version = "0.1.15" is not this',
    '',
    '[project]',
    'name = "hello-pyrelease"',
    '# version = "0.0.1" was the first',
    'version   =   "0.1.15"   # bumped by pyrelease',
    "description = 'Says hello, version 0.1.15'",
    '',
    '[tool.other]',
    'version = "0.1.15"',
    '',
  ].join('\n');
  const expected = pyproject.replace('version   =   "0.1.15"   #', 'version   =   "0.2.0rc1"   #');

  function bump(text: string): string {
    const at = locateTomlString(text, 'project', 'version');
    expect(at?.value).toBe('0.1.15');
    return replaceAt(text, at!.line, at!.column, '0.1.15', '0.2.0rc1', 'pyproject.toml');
  }

  it('changes only the [project] version, comments and spacing kept', () => {
    expect(bump(pyproject)).toBe(expected);
  });

  it('keeps CRLF and a BOM', () => {
    expect(bump(BOM + crlf(pyproject))).toBe(BOM + crlf(expected));
  });

  it('keeps single quotes, and works on the first line after a BOM', () => {
    const text = `${BOM}[project]\r\nversion='1.0'\r\n`;
    expect(bump2(text)).toBe(`${BOM}[project]\r\nversion='1.1.0'\r\n`);
    const first = `${BOM}version = "1.0"`;
    expect(replaceAt(first, 1, 12, '1.0', '2.0')).toBe(`${BOM}version = "2.0"`);
    function bump2(input: string) {
      const at = locateTomlString(input, 'project', 'version')!;
      return replaceAt(input, at.line, at.column, at.value, '1.1.0');
    }
  });

  it('refuses a stale position instead of writing in the wrong place', () => {
    const at = locateTomlString(pyproject, 'project', 'version')!;
    const changed = pyproject.replace('"0.1.15"   #', '"0.1.16"   #');
    const error = userError(() =>
      replaceAt(changed, at.line, at.column, '0.1.15', '0.2.0', 'pyproject.toml'),
    );
    expect(error.title).toBe('File changed');
    expect(error.message).toContain('"0.1.16"');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 8, column: 16 });
    expect(userError(() => replaceAt(pyproject, 99, 1, '0.1.15', '0.2.0')).message).toContain(
      'no such position',
    );
    // A value is never matched across the end of its line.
    expect(() => replaceAt('a = "1\n2"', 1, 6, '1\n2', '3')).toThrow(UserError);
    expect(() => replaceAt('v = "1"', 1, 6, '1', '2\n')).toThrow(UserError);
  });
});

describe('replaceAt on __version__', () => {
  const cases: [string, string, string][] = [
    ['__version__ = "0.1.15"\n', '0.2.0', '__version__ = "0.2.0"\n'],
    [
      "__version__ = '0.1.15'  # keep in sync\n",
      '0.2.0',
      "__version__ = '0.2.0'  # keep in sync\n",
    ],
    ['__version__: str = "0.1.15"\n', '0.1.15.post1', '__version__: str = "0.1.15.post1"\n'],
    ['__version__: Final[str]="0.1.15"#x\n', '1.0.0', '__version__: Final[str]="1.0.0"#x\n'],
    [
      '"""Docs."""\r\n\r\n__version__ = version = "0.1.15"\r\n',
      '0.2.0b1',
      '"""Docs."""\r\n\r\n__version__ = version = "0.2.0b1"\r\n',
    ],
    [`${BOM}__version__ = "0.1.15"`, '0.1.16', `${BOM}__version__ = "0.1.16"`],
  ];
  for (const [before, version, after] of cases) {
    it(JSON.stringify(before), () => {
      const { literals } = findVersionAssignments(before);
      expect(literals).toHaveLength(1);
      const [at] = literals;
      expect(replaceAt(before, at!.line, at!.column, at!.value, version)).toBe(after);
    });
  }

  it('replaces every literal of a file that repeats the version', () => {
    const before = [
      '__version__: str = "0.1.15"',
      'VERSION = "0.1.15"',
      "__version__ = '0.1.15'  # 0.1.15",
      '',
    ].join('\r\n');
    const { literals } = findVersionAssignments(before);
    expect(literals).toHaveLength(2);
    expect(replaceEach(before, literals, '0.1.15', '0.10.0')).toBe(
      [
        '__version__: str = "0.10.0"',
        'VERSION = "0.1.15"',
        "__version__ = '0.10.0'  # 0.1.15",
        '',
      ].join('\r\n'),
    );
  });

  it('replaces two values on one line, the later first', () => {
    const text = 'a = "1.0"; b = "1.0"';
    const positions = [
      { line: 1, column: 6 },
      { line: 1, column: 17 },
    ];
    expect(replaceEach(text, positions, '1.0', '10.0.0')).toBe('a = "10.0.0"; b = "10.0.0"');
  });
});

describe('replaceAt on uv.lock', () => {
  const lock = [
    'version = 1',
    'requires-python = ">=3.8"',
    '',
    '[[package]]',
    'name = "colorama"',
    'version = "0.1.15"',
    'source = { registry = "https://pypi.org/simple" }',
    '',
    '[[package]]',
    'name = "hello-pyrelease"',
    'version = "0.1.15"',
    'source = { editable = "." }',
    'dependencies = [',
    '    { name = "colorama" },',
    ']',
    '',
  ].join('\n');

  it('edits the project’s own entry, not a dependency with the same version', () => {
    for (const text of [lock, crlf(lock)]) {
      const at = readLockedVersion(text, 'Hello_Pyrelease')!;
      expect(at.line).toBe(11);
      const edited = replaceAt(text, at.line, at.column, at.value, '0.2.0', 'uv.lock');
      const lines = edited.split(/\r?\n/);
      expect(lines[5]).toBe('version = "0.1.15"');
      expect(lines[10]).toBe('version = "0.2.0"');
      expect(edited).toBe(text.replace(/(hello-pyrelease"\r?\nversion = ")0\.1\.15/, '$10.2.0'));
      expect(readLockedVersion(edited, 'hello-pyrelease')?.value).toBe('0.2.0');
    }
  });
});

const EXAMPLE_CHANGELOG = readFileSync(path.join(EXAMPLE, 'CHANGELOG.md'), 'utf8');
const REPO = 'https://github.com/pyrelease/hello-pyrelease';

describe('rollChangelog on the example', () => {
  const rolled = [
    '# Changelog',
    '',
    'All notable changes to this project are documented in this file.',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '## [Unreleased]',
    '',
    '## [0.1.16] - 2025-11-02',
    '',
    '### Added',
    '- `greet()` accepts an empty name and greets the world.',
    '',
    '## [0.1.15] - 2025-10-15',
    '',
    '### Added',
    '- `greet()` takes the name to greet.',
    '',
    '### Fixed',
    '- The greeting ends with an exclamation mark.',
    '',
    '## [0.1.14] - 2025-09-30',
    '',
    '### Added',
    '- First release.',
    '',
    `[unreleased]: ${REPO}/compare/v0.1.16...HEAD`,
    `[0.1.16]: ${REPO}/compare/v0.1.15...v0.1.16`,
    `[0.1.15]: ${REPO}/compare/v0.1.14...v0.1.15`,
    `[0.1.14]: ${REPO}/releases/tag/v0.1.14`,
    '',
  ].join('\n');

  it('rolls Unreleased into the release, with links', () => {
    const options = { version: '0.1.16', date: '2025-11-02', repositoryUrl: `${REPO}/` };
    expect(rollChangelog(EXAMPLE_CHANGELOG, options)).toBe(rolled);
    // The repository and the previous tag also come from the file itself.
    expect(rollChangelog(EXAMPLE_CHANGELOG, { version: '0.1.16', date: '2025-11-02' })).toBe(
      rolled,
    );
  });

  it('keeps CRLF and a BOM', () => {
    const text = BOM + crlf(EXAMPLE_CHANGELOG);
    expect(rollChangelog(text, { version: '0.1.16', date: '2025-11-02' })).toBe(BOM + crlf(rolled));
  });

  it('uses the tags it is given, and the SemVer spelling as written', () => {
    const result = rollChangelog(EXAMPLE_CHANGELOG, {
      version: '0.2.0-rc.1',
      date: '2025-11-02',
      tag: 'release-0.2.0-rc.1',
      previousTag: 'release-0.1.15',
      repositoryUrl: 'https://git.example.com/team/hello.git',
    });
    const lines = result.split('\n');
    expect(lines[8]).toBe('## [0.2.0-rc.1] - 2025-11-02');
    expect(lines.slice(-5)).toEqual([
      '[unreleased]: https://git.example.com/team/hello/compare/release-0.2.0-rc.1...HEAD',
      '[0.2.0-rc.1]: https://git.example.com/team/hello/compare/release-0.1.15...release-0.2.0-rc.1',
      `[0.1.15]: ${REPO}/compare/v0.1.14...v0.1.15`,
      `[0.1.14]: ${REPO}/releases/tag/v0.1.14`,
      '',
    ]);
    // The parser reads the result back as the release it is.
    const parsed = parseChangelog(result);
    expect(parsed.releases[0]?.normalized).toBe('0.2.0rc1');
    expect(parsed.releases[0]?.date).toBe('2025-11-02');
    expect(parsed.unreleased?.body).toBe('');
    expect(parsed.links.get('unreleased')?.url).toContain('release-0.2.0-rc.1...HEAD');
  });

  it('refuses what it cannot roll', () => {
    const empty = EXAMPLE_CHANGELOG.replace(
      '### Added\n- `greet()` accepts an empty name and greets the world.\n\n',
      '### Added\n\n### Fixed\n\n',
    );
    const error = userError(() => rollChangelog(empty, { version: '0.1.16', date: '2025-11-02' }));
    expect(error.title).toBe('Empty Unreleased section');
    expect(error.message).toContain('changelog-entry: optional');
    expect(error.location).toEqual({ file: 'CHANGELOG.md', line: 7 });

    const missing = EXAMPLE_CHANGELOG.replace('## [Unreleased]\n', '## [0.1.16] - 2025-11-01\n');
    expect(
      userError(() => rollChangelog(missing, { version: '0.1.17', date: '2025-11-02' })).title,
    ).toBe('No Unreleased section');

    const twice = userError(() =>
      rollChangelog(EXAMPLE_CHANGELOG, {
        version: '0.1.15',
        date: '2025-11-02',
        file: 'docs/CHANGES.md',
      }),
    );
    expect(twice.title).toBe('Version already in changelog');
    expect(twice.message).toContain('docs/CHANGES.md already has a section for 0.1.15 on line 12');

    expect(
      userError(() => rollChangelog(EXAMPLE_CHANGELOG, { version: '0.1.16', date: '2.11.2025' }))
        .title,
    ).toBe('Invalid date');
  });

  it('rolls an empty section when allowed', () => {
    const empty = EXAMPLE_CHANGELOG.replace(
      '## [Unreleased]\n\n### Added\n- `greet()` accepts an empty name and greets the world.\n\n',
      '## [Unreleased]\n\n',
    );
    const result = rollChangelog(empty, {
      version: '0.1.16',
      date: '2025-11-02',
      allowEmpty: true,
    });
    expect(result).toContain(
      '## [Unreleased]\n\n## [0.1.16] - 2025-11-02\n\n## [0.1.15] - 2025-10-15\n',
    );
  });
});

describe('rollChangelog on a first release', () => {
  it('links the release page when there is no previous tag', () => {
    const text = '# Changelog\n\n## [Unreleased]\n### Added\n- Everything.\n';
    expect(rollChangelog(text, { version: '0.1.0', date: '2025-01-02', repositoryUrl: REPO })).toBe(
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '## [0.1.0] - 2025-01-02',
        '### Added',
        '- Everything.',
        '',
        `[unreleased]: ${REPO}/compare/v0.1.0...HEAD`,
        `[0.1.0]: ${REPO}/releases/tag/v0.1.0`,
        '',
      ].join('\n'),
    );
  });

  it('adds no links when the repository is unknown, and keeps a missing final newline', () => {
    const text = '## Unreleased\n- Everything.';
    expect(rollChangelog(text, { version: '0.1.0', date: '2025-01-02' })).toBe(
      '## Unreleased\n\n## [0.1.0] - 2025-01-02\n- Everything.',
    );
    expect(rollChangelog(text, { version: '0.1.0', date: '2025-01-02', repositoryUrl: REPO })).toBe(
      `## Unreleased\n\n## [0.1.0] - 2025-01-02\n- Everything.\n\n[unreleased]: ${REPO}/compare/v0.1.0...HEAD\n[0.1.0]: ${REPO}/releases/tag/v0.1.0`,
    );
  });
});

describe('rollChangelog on a messy changelog', () => {
  // Unreleased below another heading and a stray release, upper-case labels, a missing link
  // for 1.1.0, a code fence with a fake heading, CRLF.
  const messy = crlf(
    [
      '# Changes',
      '## Compatibility notes',
      'Python 3.8+.',
      '## [UNRELEASED]',
      '### Fixed',
      '- A crash on empty input.',
      '```',
      '## [Unreleased]',
      '```',
      '## 1.1.0 (2024-05-01)',
      '- Faster.',
      '## [1.0.0] - 2024-01-01',
      '- First.',
      '',
      '',
      '[UNRELEASED]: https://github.com/o/r/compare/V1.1.0...HEAD',
      '[1.0.0]: https://github.com/o/r/releases/tag/V1.0.0',
      '',
    ].join('\n'),
  );

  it('rolls in place, keeps the label case and adds the missing link', () => {
    const result = rollChangelog(messy, { version: '1.2.0', date: '2025-03-04', tagPrefix: 'V' });
    expect(result).toBe(
      crlf(
        [
          '# Changes',
          '## Compatibility notes',
          'Python 3.8+.',
          '',
          '## [UNRELEASED]',
          '',
          '## [1.2.0] - 2025-03-04',
          '### Fixed',
          '- A crash on empty input.',
          '```',
          '## [Unreleased]',
          '```',
          '## 1.1.0 (2024-05-01)',
          '- Faster.',
          '## [1.0.0] - 2024-01-01',
          '- First.',
          '',
          '',
          '[UNRELEASED]: https://github.com/o/r/compare/V1.2.0...HEAD',
          '[1.2.0]: https://github.com/o/r/compare/V1.1.0...V1.2.0',
          '[1.0.0]: https://github.com/o/r/releases/tag/V1.0.0',
          '',
        ].join('\n'),
      ),
    );
  });

  it('puts a missing unreleased link above the release links', () => {
    const withoutUnreleasedLink = messy.replace(/\[UNRELEASED\]: [^\r]*\r\n/, '');
    const result = rollChangelog(withoutUnreleasedLink, {
      version: '1.2.0',
      date: '2025-03-04',
      previousTag: 'v1.1.0',
      tag: 'v1.2.0',
    });
    expect(result.split('\r\n').slice(-5)).toEqual([
      '',
      '[unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD',
      '[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0',
      '[1.0.0]: https://github.com/o/r/releases/tag/V1.0.0',
      '',
    ]);
    expect(result.includes('\n') && !/[^\r]\n/.test(result)).toBe(true);
  });

  it('corrects an existing link for the new version rather than adding a second', () => {
    const prewritten = messy.replace(
      '[1.0.0]:',
      '[1.2.0]: https://github.com/o/r/compare/WRONG\r\n[1.0.0]:',
    );
    const result = rollChangelog(prewritten, {
      version: '1.2.0',
      date: '2025-03-04',
      tagPrefix: 'V',
    });
    expect(result.match(/^\[1\.2\.0\]:.*$/gm)).toEqual([
      '[1.2.0]: https://github.com/o/r/compare/V1.1.0...V1.2.0',
    ]);
  });
});

describe('addUnreleasedSection', () => {
  const released = rollChangelog(EXAMPLE_CHANGELOG, { version: '0.1.16', date: '2025-11-02' })
    .replace('## [Unreleased]\n\n', '')
    .replace(/^\[unreleased\]:.*\n/m, '');

  it('opens the next cycle above the newest release, with its link', () => {
    expect(addUnreleasedSection(released)).toBe(
      rollChangelog(EXAMPLE_CHANGELOG, { version: '0.1.16', date: '2025-11-02' }),
    );
    expect(addUnreleasedSection(crlf(released))).toBe(
      crlf(rollChangelog(EXAMPLE_CHANGELOG, { version: '0.1.16', date: '2025-11-02' })),
    );
  });

  it('leaves a changelog that has one alone', () => {
    expect(addUnreleasedSection(EXAMPLE_CHANGELOG)).toBe(EXAMPLE_CHANGELOG);
  });

  it('adds a heading without a link when the repository is unknown', () => {
    expect(addUnreleasedSection('# Changelog\n## [0.1.0] - 2025-01-02\n- First.\n')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2025-01-02\n- First.\n',
    );
    expect(
      addUnreleasedSection('# Changelog\n\n## 0.1.0\n- First.\n', {
        repositoryUrl: REPO,
        tagPrefix: '',
      }),
    ).toBe(
      `# Changelog\n\n## [Unreleased]\n\n## 0.1.0\n- First.\n\n[unreleased]: ${REPO}/compare/0.1.0...HEAD\n`,
    );
  });

  it('adds a heading at the end of a changelog without releases', () => {
    expect(addUnreleasedSection('# Changelog\n\nNothing yet.\n')).toBe(
      '# Changelog\n\nNothing yet.\n\n## [Unreleased]\n',
    );
  });
});
