// Fuzzing: every parser and editor of text from the repository or the event, fed at least 10,000
// generated inputs each. Nothing but the project's own typed error may ever be thrown (no
// TypeError, no RangeError, no hang), and an edit read back gives what was written.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContext } from '../../src/run/context.js';
import { replaceAt } from '../../src/project/version-files/replace.js';
import { UserError } from '../../src/errors.js';
import { projectCall } from '../../src/project/backends/meson.js';
import { setupCfgVersion } from '../../src/project/backends/setup-cfg.js';
import { setupPyReadPaths } from '../../src/project/version-files/setup-py-reads.js';
import { readVersionTuple } from '../../src/project/version-files/version-tuple.js';
import { parseChangelog } from '../../src/changelog/parse.js';
import { parsePyproject } from '../../src/project/pyproject.js';
import { readPythonVersion } from '../../src/project/version-files/python-version.js';
import { readRegexVersion } from '../../src/project/version-files/regex-version.js';
import { readLockedVersion } from '../../src/project/version-files/uv-lock.js';
import { BUMP_LEVELS, nextVersion } from '../../src/version/bump.js';
import { parsePep440 } from '../../src/version/pep440.js';
import { parseVersionTag } from '../../src/version/tag.js';

const RUNS = { numRuns: 10_000 };

/** Runs `work`; a thrown value other than a UserError fails the property. */
function onlyTypedErrors(work: () => unknown): boolean {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return true;
    throw error;
  }
  return true;
}

// Text that looks enough like the real thing to reach deep into the parsers: real fragments,
// separators and arbitrary characters, including CR, BOM, NUL and lone surrogates.
const fragments = (words: readonly string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(
          '\n',
          '\r\n',
          ' ',
          '\t',
          '"',
          "'",
          '#',
          '=',
          '[',
          ']',
          '\uFEFF',
          '\0',
          '\\',
        ),
        fc.string({ unit: 'binary', maxLength: 8 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

const VERSIONISH = fc.oneof(
  fc.constantFrom(
    '1.0',
    '0.1.14',
    '1.0.0rc1',
    '2!1.0',
    '1.0.post1',
    '1.0.dev3',
    '1.0+abc',
    'v1.2.3',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const VERSION = fc
  .tuple(
    fc.nat(99),
    fc.nat(99),
    fc.nat(99),
    fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.nat(9))),
  )
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `${pre[0]}${pre[1]}` : ''}`);

describe('parsers never throw anything but a UserError', () => {
  it('pyproject.toml', () => {
    const words = [
      '[project]',
      '[tool.poetry]',
      'version',
      'name',
      'dynamic',
      '"""',
      "'''",
      '[[x]]',
      '{',
      '}',
      ',',
    ];
    fc.assert(
      fc.property(fragments(words), (text) =>
        onlyTypedErrors(() => parsePyproject(text, 'pyproject.toml')),
      ),
      RUNS,
    );
  });

  it('Python version files', () => {
    const words = ['__version__', 'VERSION', ': str', ' = ', 'u"', '"1.0"', 'version = ', '(1, 2)'];
    fc.assert(
      fc.property(fragments(words), (text) =>
        onlyTypedErrors(() => readPythonVersion(text, 'v.py')),
      ),
      RUNS,
    );
  });

  it('changelogs', () => {
    const words = [
      '## ',
      '# ',
      '[Unreleased]',
      '[1.0.0]',
      ' - 2026-01-02',
      '```',
      '~~~',
      '====',
      '----',
      '[1.0.0]: http://x',
      '1.0.0',
    ];
    fc.assert(
      fc.property(fragments(words), (text) => onlyTypedErrors(() => parseChangelog(text))),
      RUNS,
    );
  });

  it('tags, with and without a prefix', () => {
    fc.assert(
      fc.property(
        fc.oneof(VERSIONISH, fragments(['v', '1.0', '-', '/', '--upload-pack=x', '..', '\n'])),
        fc.constantFrom('', 'v', 'pkg-v', 'a/b/'),
        (name, prefix) =>
          onlyTypedErrors(() => {
            const tag = parseVersionTag(name, prefix);
            // A tag that is accepted can never read as an option or carry whitespace.
            expect(tag.name.startsWith('-')).toBe(false);
            expect(/\s/.test(tag.name)).toBe(false);
          }),
      ),
      RUNS,
    );
  });

  it('PEP 440 versions: the normal form reads back as itself', () => {
    fc.assert(
      fc.property(VERSIONISH, (text) => {
        const parsed = parsePep440(text);
        if (parsed) expect(parsePep440(parsed.normalized)?.normalized).toBe(parsed.normalized);
      }),
      RUNS,
    );
  });

  it('bump levels and explicit versions', () => {
    fc.assert(
      fc.property(
        VERSION,
        fc.oneof(fc.constantFrom(...BUMP_LEVELS), VERSIONISH),
        (current, level) => onlyTypedErrors(() => nextVersion(current, level, { style: 'pep440' })),
      ),
      RUNS,
    );
  });

  it('uv.lock, setup.cfg, meson.build, version patterns, version tuples and setup.py', () => {
    const words = [
      '[[package]]',
      'name = "acme"',
      'version = "1.0"',
      'source = { editable = "." }',
      '[metadata]',
      'version = attr: a.b',
      "project('a', version: '1.0')",
      'files(',
      ')',
      "'",
      'VERSION = (1, 2, "rc", 0',
      '__version__ = get_version(VERSION)',
      '_version_major = 3',
      "_version_extra = 'rc1'",
      "open(os.path.join(here, 'pkg', '__init__.py'))",
      'from pkg import __version__',
      '"""',
    ];
    fc.assert(
      fc.property(fragments(words), (text) =>
        onlyTypedErrors(() => {
          readLockedVersion(text, 'acme');
          setupCfgVersion(text);
          projectCall(text);
          readVersionTuple(text);
          setupPyReadPaths(text);
          readRegexVersion(text, 'f', `(?i)^VERSION = ['"](?P<version>[^'"]+)`, 'version', {
            describe: 'pattern',
            location: { file: 'pyproject.toml' },
          });
        }),
      ),
      RUNS,
    );
  });
});

describe('event payloads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pyrelease-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'event.json');

  it('any file as GITHUB_EVENT_PATH is read or refused with a UserError', () => {
    const payload = fc.oneof(
      fc.json(),
      fc.string({ unit: 'binary', maxLength: 64 }),
      fc.constantFrom(
        'null',
        '[]',
        '"x"',
        '{"pull_request": null}',
        '{"inputs": {"bump": {"a": 1}}}',
        '{"pull_request": {"base": {"ref": "--upload-pack=x", "sha": "-x"}}}',
      ),
    );
    fc.assert(
      fc.property(payload, (text) => {
        writeFileSync(file, text);
        return onlyTypedErrors(() =>
          readContext(
            {
              GITHUB_EVENT_PATH: file,
              GITHUB_EVENT_NAME: 'pull_request',
              GITHUB_REF: 'refs/pull/1/merge',
            },
            dir,
          ),
        );
      }),
      RUNS,
    );
  });
});

describe('edits read back what they wrote', () => {
  it('a pyproject version, edited in place, reads back as the new one', () => {
    // Each key once (TOML forbids a second); comments and blank lines anywhere.
    const noise = fc.subarray(['# comment', 'description = "x"', '', 'requires-python = ">=3.8"']);
    const more = fc.subarray(['# more', 'dynamic = []', '', 'license = { text = "MIT" }']);
    fc.assert(
      fc.property(
        noise,
        more,
        VERSION,
        VERSION,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (before, after, old, next, eol, bom) => {
          const text = `${bom ? '\uFEFF' : ''}${['[project]', 'name = "acme"', ...before, `version = "${old}"  # the release`, ...after, ''].join(eol)}`;
          const found = parsePyproject(text, 'pyproject.toml').version!;
          const edited = replaceAt(text, found.line, found.column, found.value, next);
          expect(parsePyproject(edited, 'pyproject.toml').version?.value).toBe(next);
          expect(edited.replace(next, old)).toBe(text);
        },
      ),
      RUNS,
    );
  });

  it('a __version__, edited in place, reads back as the new one', () => {
    const noise = fc.array(
      fc.constantFrom(
        '"""Docs."""',
        'import os',
        '',
        'VERSION_INFO = (1, 2)',
        '    __version__ = "0.0"',
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(
        noise,
        noise,
        VERSION,
        VERSION,
        fc.constantFrom('"', "'"),
        (before, after, old, next, quote) => {
          const text = [...before, `__version__: str = ${quote}${old}${quote}`, ...after, ''].join(
            '\n',
          );
          const found = readPythonVersion(text, 'v.py')!;
          const edited = replaceAt(text, found.line, found.column, found.value, next);
          expect(readPythonVersion(edited, 'v.py')?.value).toBe(next);
        },
      ),
      RUNS,
    );
  });
});
