// RST changelog sections as Markdown release notes; fixtures follow the markup of pytest, aiohttp,
// flask and virtualenv sections with placeholder prose.
import { describe, expect, it } from 'vitest';
import { releaseNotes } from '../../../src/changelog/release-notes.js';
import { inlineRst, rstToMarkdown } from '../../../src/changelog/rst-to-markdown.js';

const lines = (...text: string[]) => text.join('\n');

describe('inline RST', () => {
  it.each([
    ['``code``', '`code`'],
    ['use ``a`b`` here', 'use `` a`b `` here'],
    ['`the docs <https://example.invalid/docs>`_', '[the docs](https://example.invalid/docs)'],
    ['`anonymous <https://example.invalid/a>`__', '[anonymous](https://example.invalid/a)'],
    ['`<https://example.invalid/bare>`_', '<https://example.invalid/bare>'],
    [':issue:`123`', '#123'],
    [':pr:`45` and :issue:`6, 7`', '#45 and #6, #7'],
    [':user:`someone`', '@someone'],
    [':func:`pkg.helper`', '`pkg.helper`'],
    [':py:meth:`~pkg.Client.request`', '`request`'],
    [':ref:`the guide <guide-label>`', '`the guide`'],
    ['`a reference`_', 'a reference'],
    ['``:issue:`1` stays code``', '`` :issue:`1` stays code ``'],
    ['plain *emphasis* and **strong**', 'plain *emphasis* and **strong**'],
  ])('%s', (rst, markdown) => {
    expect(inlineRst(rst)).toBe(markdown);
  });

  it('stays fast on long lines without closing marks', () => {
    const start = performance.now();
    inlineRst('`' + ' '.repeat(50_000) + '<' + 'x'.repeat(50_000));
    inlineRst(':a' + ':b'.repeat(20_000));
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('RST sections as Markdown', () => {
  it('pytest-style section: sub-headings, issue links, code, a code block', () => {
    const rst = lines(
      'Bug fixes',
      '---------',
      '',
      '- `#12345 <https://example.invalid/issues/12345>`_: Placeholder fix for ``--option``.',
      '',
      '  .. code-block:: python',
      '',
      '      def placeholder():',
      '          return 1',
      '',
      'Improved documentation',
      '----------------------',
      '',
      '- :issue:`678`: Placeholder docs, see :func:`pkg.helper`.',
    );
    expect(rstToMarkdown(rst)).toBe(
      lines(
        '### Bug fixes',
        '',
        '- [#12345](https://example.invalid/issues/12345): Placeholder fix for `--option`.',
        '',
        '  ```python',
        '  def placeholder():',
        '      return 1',
        '  ```',
        '',
        '### Improved documentation',
        '',
        '- #678: Placeholder docs, see `pkg.helper`.',
      ),
    );
  });

  it('aiohttp CHANGES.rst section: nested details, a trailing transition dropped', () => {
    const rst = lines(
      'Bug fixes',
      '---------',
      '',
      '- Placeholder fix in :py:meth:`~pkg.Session.request` -- by :user:`someone`.',
      '',
      '  *Related issues and pull requests on GitHub:*',
      '  :issue:`10093`.',
      '',
      '',
      '----',
      '',
    );
    expect(rstToMarkdown(rst)).toBe(
      lines(
        '### Bug fixes',
        '',
        '- Placeholder fix in `request` -- by @someone.',
        '',
        '  *Related issues and pull requests on GitHub:*',
        '  #10093.',
      ),
    );
  });

  it('flask-style section: the release line, `-   ` bullets, a literal block, a comment', () => {
    const rst = lines(
      'Released 2025-05-13',
      '',
      '-   Placeholder change. :issue:`5000`',
      '-   Another placeholder::',
      '',
      '        example --flag',
      '',
      '.. a comment that is not shown',
      '    and its second line',
      '',
      '.. note:: Placeholder note.',
      '',
      '    Its content.',
    );
    expect(rstToMarkdown(rst)).toBe(
      lines(
        'Released 2025-05-13',
        '',
        '-   Placeholder change. #5000',
        '-   Another placeholder:',
        '',
        '    ```',
        '    example --flag',
        '    ```',
        '',
        '**Note** Placeholder note.',
        '',
        'Its content.',
      ),
    );
  });

  it('virtualenv-style sub-headings over `~~~` become ###', () => {
    expect(
      rstToMarkdown(lines('Features - 20.28.0', '~~~~~~~~~~~~~~~~~~', '- A. (:issue:`2803`)')),
    ).toBe(lines('### Features - 20.28.0', '- A. (#2803)'));
  });
});

describe('release notes', () => {
  const base = {
    projectName: 'placeholder-pkg',
    version: '1.1.0',
    prerelease: false,
    tag: 'v1.1.0',
    previousTag: 'v1.0.0',
    changelogSection: 'Features\n--------\n\n- ``new()`` :issue:`12`',
    repositoryUrl: 'https://github.com/o/r',
    changelogFile: 'docs/changelog.rst',
  };

  it('converts an RST section, and leaves a Markdown one as written', () => {
    expect(releaseNotes({ ...base, changelogFormat: 'rst' })).toMatch(
      /^### Features\n\n- `new\(\)` #12\n\n## Installation/,
    );
    expect(releaseNotes({ ...base, changelogFormat: 'markdown' })).toMatch(
      /^Features\n--------\n\n- ``new\(\)`` :issue:`12`\n\n## Installation/,
    );
  });

  it('says "Full Changelog" once', () => {
    const body = releaseNotes(base);
    expect(body.match(/Full Changelog/g)).toHaveLength(1);
    expect(body).toContain(
      '**Full Changelog**: [v1.0.0...v1.1.0](https://github.com/o/r/compare/v1.0.0...v1.1.0)',
    );
    expect(body).toContain(
      'See [changelog.rst](https://github.com/o/r/blob/v1.1.0/docs/changelog.rst)',
    );
  });
});
