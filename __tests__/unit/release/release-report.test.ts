// The step summary's small formatting decisions: short escaped details, links, per-file diffs.
import { describe, expect, it } from 'vitest';
import {
  filesOutput,
  linkUrls,
  relativeToWorkspace,
  summaryDetail,
} from '../../../src/release/release-report.js';
import { splitDiff } from '../../../src/report.js';

describe('summaryDetail', () => {
  it('keeps one short escaped line', () => {
    expect(summaryDetail('first <b>line</b>\nsecond')).toBe('first &lt;b&gt;line&lt;/b&gt;');
    const long = summaryDetail('x'.repeat(300));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });

  it('makes URLs links, without trailing punctuation', () => {
    expect(summaryDetail('created draft https://github.com/o/r/releases/tag/v1, attached 2')).toBe(
      'created draft <a href="https://github.com/o/r/releases/tag/v1">https://github.com/o/r/releases/tag/v1</a>, attached 2',
    );
    expect(linkUrls('see http://127.0.0.1:8080/x.')).toBe(
      'see <a href="http://127.0.0.1:8080/x">http://127.0.0.1:8080/x</a>.',
    );
    expect(linkUrls('no link here')).toBe('no link here');
  });
});

describe('splitDiff', () => {
  it('gives each file its own diff', () => {
    const diff = [
      'diff --git a/pyproject.toml b/pyproject.toml',
      'index 1..2 100644',
      '--- a/pyproject.toml',
      '+++ b/pyproject.toml',
      '@@ -1 +1 @@',
      '-version = "1.0.0"',
      '+version = "1.0.1"',
      'diff --git a/src/p/__init__.py b/src/p/__init__.py',
      '--- a/src/p/__init__.py',
      '+++ b/src/p/__init__.py',
      '@@ -1 +1 @@',
      '-__version__ = "1.0.0"',
      '+__version__ = "1.0.1"',
      '',
    ].join('\n');
    const files = splitDiff(diff);
    expect(files.map((file) => file.file)).toEqual(['pyproject.toml', 'src/p/__init__.py']);
    expect(files[0]!.diff).toContain('+version = "1.0.1"');
    expect(files[0]!.diff).not.toContain('__version__');
    expect(splitDiff('')).toEqual([]);
  });
});

describe('relativeToWorkspace', () => {
  it('takes the workspace out of paths', () => {
    expect(
      relativeToWorkspace(
        'python -m build /home/runner/work/p/p/sub failed in /home/runner/work/p/p',
        '/home/runner/work/p/p/',
      ),
    ).toBe('python -m build sub failed in .');
    expect(relativeToWorkspace('/elsewhere/x', '/home/runner/work/p/p')).toBe('/elsewhere/x');
  });
});

describe('the files output', () => {
  const files = [
    { filename: 'demo-1.0.tar.gz', sha256: 'a'.repeat(64) },
    { filename: 'demo-1.0-py3-none-any.whl', sha256: 'b'.repeat(64) },
  ] as never;

  it('lists each file with its sha256, and its URL once verified on the index', () => {
    expect(JSON.parse(filesOutput({ files, landed: undefined }))).toEqual([
      { filename: 'demo-1.0.tar.gz', sha256: 'a'.repeat(64) },
      { filename: 'demo-1.0-py3-none-any.whl', sha256: 'b'.repeat(64) },
    ]);
    const landed = {
      indexLabel: 'PyPI',
      files: [{ filename: 'demo-1.0.tar.gz', local: 'a', index: 'a', url: 'https://f/s' }],
    };
    expect(JSON.parse(filesOutput({ files, landed }))[0]).toEqual({
      filename: 'demo-1.0.tar.gz',
      sha256: 'a'.repeat(64),
      url: 'https://f/s',
    });
  });
});
