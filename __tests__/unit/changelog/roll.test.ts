// The bump's changelog roll in the file's own markup, byte for byte, and the next cycle's fresh
// Unreleased section in the same style.
import { describe, expect, it } from 'vitest';
import { addUnreleasedSection, rollChangelog } from '../../../src/changelog/roll.js';
import { UserError } from '../../../src/errors.js';
import { findRelease, parseChangelog } from '../../../src/changelog/parse.js';

const lines = (...text: string[]) => text.join('\n') + '\n';
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

function userError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no error');
}

// A towncrier-less RST changelog, shaped like twine's or urllib3's: an overlined title, release
// titles over `---`.
const RST = lines(
  '=========',
  'Changelog',
  '=========',
  '',
  'Unreleased',
  '----------',
  '',
  '- Placeholder change with ``code``.',
  '',
  '1.0.0 (2025-01-01)',
  '------------------',
  '',
  '- First.',
);

const RST_ROLLED = lines(
  '=========',
  'Changelog',
  '=========',
  '',
  'Unreleased',
  '----------',
  '',
  '1.1.0 (2026-01-02)',
  '------------------',
  '',
  '- Placeholder change with ``code``.',
  '',
  '1.0.0 (2025-01-01)',
  '------------------',
  '',
  '- First.',
);

describe('rolling an RST changelog', () => {
  const options = { version: '1.1.0', date: '2026-01-02', file: 'CHANGES.rst' };

  it('renames the Unreleased title, resizes its underline and opens a fresh one above', () => {
    expect(rollChangelog(RST, options)).toBe(RST_ROLLED);
    // No link references are added to RST, even when the repository is known.
    expect(rollChangelog(RST, { ...options, repositoryUrl: 'https://github.com/o/r' })).toBe(
      RST_ROLLED,
    );
    const rolled = parseChangelog(RST_ROLLED, { format: 'rst' });
    expect(findRelease(rolled, '1.1.0')?.body).toBe('- Placeholder change with ``code``.');
    expect(rolled.unreleased?.body).toBe('');
  });

  it('keeps CRLF and a BOM', () => {
    expect(rollChangelog('\uFEFF' + crlf(RST), options)).toBe('\uFEFF' + crlf(RST_ROLLED));
  });

  it('keeps an overline and an inset title, with the adornment as long as the title line', () => {
    const text = lines(
      '~~~~~~~~~~~~',
      ' Unreleased ',
      '~~~~~~~~~~~~',
      '',
      '* Pending.',
      '',
      '~~~~~~~~~~~~~~~~~~~~',
      ' 1.0.0 (2025-01-01) ',
      '~~~~~~~~~~~~~~~~~~~~',
      '',
      '* First.',
    );
    expect(rollChangelog(text, { ...options, format: 'rst' })).toBe(
      lines(
        '~~~~~~~~~~',
        'Unreleased',
        '~~~~~~~~~~',
        '',
        '~~~~~~~~~~~~~~~~~~~~',
        ' 1.1.0 (2026-01-02) ',
        '~~~~~~~~~~~~~~~~~~~~',
        '',
        '* Pending.',
        '',
        '~~~~~~~~~~~~~~~~~~~~',
        ' 1.0.0 (2025-01-01) ',
        '~~~~~~~~~~~~~~~~~~~~',
        '',
        '* First.',
      ),
    );
  });

  it('refuses an RST changelog without an Unreleased section, or with an empty one', () => {
    const missing = userError(() =>
      rollChangelog(RST.replace('Unreleased\n----------', 'Upcoming 2\n----------'), options),
    );
    expect(missing.title).toBe('No Unreleased section');
    expect(missing.message).toContain('"Unreleased" section');
    expect(missing.message).not.toContain('##');
    const empty = userError(() =>
      rollChangelog(RST.replace('- Placeholder change with ``code``.\n', ''), options),
    );
    expect(empty.title).toBe('Empty Unreleased section');
    expect(empty.location).toEqual({ file: 'CHANGES.rst', line: 5 });
  });

  it('opens the next cycle in RST, in the releases’ adornment', () => {
    const released = RST.replace(
      'Unreleased\n----------\n\n- Placeholder change with ``code``.\n\n',
      '',
    );
    expect(addUnreleasedSection(released, { file: 'CHANGES.rst' })).toBe(
      RST.replace('- Placeholder change with ``code``.\n\n', ''),
    );
  });
});

describe('rolling Markdown at the level the file uses', () => {
  it('rolls `### Unreleased` under a `## 2026` year heading as `###`', () => {
    const text = lines(
      '# Changelog',
      '',
      '## 2026',
      '',
      '### Unreleased',
      '',
      '- Pending.',
      '',
      '### 1.0.0 (2026-01-01)',
      '',
      '- First.',
    );
    expect(rollChangelog(text, { version: '1.1.0', date: '2026-02-03' })).toBe(
      lines(
        '# Changelog',
        '',
        '## 2026',
        '',
        '### Unreleased',
        '',
        '### [1.1.0] - 2026-02-03',
        '',
        '- Pending.',
        '',
        '### 1.0.0 (2026-01-01)',
        '',
        '- First.',
      ),
    );
  });

  it('rolls `# [Unreleased]` at level 1', () => {
    const text = lines('# [Unreleased]', '- Pending.', '', '# [1.0.0] - 2025-01-01', '- First.');
    expect(rollChangelog(text, { version: '1.1.0', date: '2026-02-03' })).toBe(
      lines(
        '# [Unreleased]',
        '',
        '# [1.1.0] - 2026-02-03',
        '- Pending.',
        '',
        '# [1.0.0] - 2025-01-01',
        '- First.',
      ),
    );
  });

  it('rolls a setext `Unreleased` over `---`, underline resized', () => {
    const text = lines(
      'Unreleased',
      '----------',
      '',
      '- Pending.',
      '',
      '1.0.0 (2025-01-01)',
      '------------------',
      '',
      '- First.',
    );
    expect(rollChangelog(text, { version: '1.1.0', date: '2026-02-03', format: 'markdown' })).toBe(
      lines(
        'Unreleased',
        '----------',
        '',
        '1.1.0 (2026-02-03)',
        '------------------',
        '',
        '- Pending.',
        '',
        '1.0.0 (2025-01-01)',
        '------------------',
        '',
        '- First.',
      ),
    );
  });
});
