// twine check --strict's output, judged. The lines are twine's own (twine/commands/check.py,
// unchanged from 4.0 to 7.0): `Checking <file>: ` then PASSED, FAILED or FAILED due to warnings,
// then each warning through rich's log handler (`WARNING  <text>`), coloured and wrapped at 80
// columns as a runner's log shows them.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_TYPE_WARNING,
  judgeTwineCheck,
  unreadableMetadataVersion,
} from '../../../src/tools/twine-verdict.js';

const ESC = '\x1b';
const red = (text: string) => `${ESC}[31m${text}${ESC}[0m`;
const yellow = (text: string) => `${ESC}[33m${text}${ESC}[0m`;
const green = (text: string) => `${ESC}[32m${text}${ESC}[0m`;

const WHEEL = '/tmp/pyrelease-dist-B5VNiO/six-1.17.0-py2.py3-none-any.whl';
const SDIST = '/tmp/pyrelease-dist-B5VNiO/six-1.17.0.tar.gz';
/** As rich logs a warning: the level padded to 8 columns, the line padded to the width. */
const warning = (text: string) => `${yellow('WARNING ')} ${text}   `;
const CT = warning('`long_description_content_type` missing. defaulting to `text/x-rst`.');
const NO_DESCRIPTION = warning('`long_description` missing.');

describe('judgeTwineCheck', () => {
  it('the text it accepts is the one twine prints', () => {
    expect(CONTENT_TYPE_WARNING).toBe(
      '`long_description_content_type` missing. defaulting to `text/x-rst`.',
    );
  });

  it('accepts a failure due to the missing content type alone, file by file (six 1.17.0)', () => {
    // rich wrapped the first line after "Checking " since the path did not fit.
    const output = [
      'Checking ',
      `${WHEEL}: ${red('FAILED due to warnings')}`,
      CT,
      `Checking ${SDIST}: ${red('FAILED due to warnings')}`,
      CT,
      '',
    ].join('\n');
    expect(judgeTwineCheck(1, output, [SDIST, WHEEL])).toEqual({
      ok: true,
      defaultedToRst: [SDIST, WHEEL],
    });
  });

  it('finds the file in a path rich broke in the middle, and refuses a report of another file', () => {
    const folded = `Checking ${WHEEL.slice(0, 30)}\n${WHEEL.slice(30)}: ${red('FAILED due to warnings')}\n${CT}\n`;
    expect(judgeTwineCheck(1, folded, [WHEEL])).toEqual({ ok: true, defaultedToRst: [WHEEL] });
    expect(judgeTwineCheck(1, folded, [SDIST]).ok).toBe(false);
  });

  it('accepts it beside a file that passed', () => {
    const output = `Checking ${WHEEL}: ${green('PASSED')}\nChecking ${SDIST}: ${red('FAILED due to warnings')}\n${CT}\n`;
    expect(judgeTwineCheck(1, output, [SDIST, WHEEL])).toEqual({
      ok: true,
      defaultedToRst: [SDIST],
    });
  });

  it('passes a clean run, with nothing to note', () => {
    const output = `Checking ${WHEEL}: ${green('PASSED')}\nChecking ${SDIST}: ${green('PASSED')}\n`;
    expect(judgeTwineCheck(0, output, [SDIST, WHEEL])).toEqual({ ok: true, defaultedToRst: [] });
  });

  it('refuses a long description that does not render as the reStructuredText it defaults to', () => {
    const error = [
      `${red('ERROR   ')} \`long_description\` has syntax errors in markup and would not be        `,
      '         rendered on PyPI.                                                      ',
      '         line 4: Warning: Inline interpreted text or phrase reference           ',
      '         start-string without end-string.                                       ',
    ].join('\n');
    const output = `Checking ${WHEEL}: ${red('FAILED')}\n${error}\n${CT}\nChecking ${SDIST}: ${red('FAILED')}\n${error}\n${CT}\n`;
    expect(judgeTwineCheck(1, output, [SDIST, WHEEL])).toEqual({ ok: false, defaultedToRst: [] });
  });

  it('refuses any other warning, alone or beside the content type', () => {
    const missing = `Checking ${WHEEL}: ${red('FAILED due to warnings')}\n${CT}\n${NO_DESCRIPTION}\n`;
    expect(judgeTwineCheck(1, missing, [WHEEL]).ok).toBe(false);
    const other = `Checking ${WHEEL}: ${red('FAILED due to warnings')}\n${NO_DESCRIPTION}\n`;
    expect(judgeTwineCheck(1, other, [WHEEL]).ok).toBe(false);
  });

  it('refuses a failure it cannot account for', () => {
    // twine refuses a file it cannot read before printing a status.
    const invalid = `${red('ERROR   ')} InvalidDistribution: Invalid distribution metadata: ...\n`;
    expect(judgeTwineCheck(1, invalid, [WHEEL]).ok).toBe(false);
    expect(judgeTwineCheck(1, '', [WHEEL]).ok).toBe(false);
    expect(judgeTwineCheck(1, `Checking ${WHEEL}: ${green('PASSED')}\n`, [WHEEL]).ok).toBe(false);
    // A traceback after the last report.
    const crash = `Checking ${WHEEL}: ${red('FAILED due to warnings')}\n${CT}\nTraceback (most recent call last):\n  KeyError: 'x'\n`;
    expect(judgeTwineCheck(1, crash, [WHEEL]).ok).toBe(false);
  });

  it('counts one report per file checked: text that looks like a report does not pass', () => {
    const output = `Checking ${WHEEL}: ${red('FAILED due to warnings')}\n${CT}\nChecking ${SDIST}: ${green('PASSED')}\n`;
    expect(judgeTwineCheck(1, output, [SDIST, WHEEL]).ok).toBe(true);
    expect(judgeTwineCheck(1, output, [WHEEL]).ok).toBe(false);
    expect(judgeTwineCheck(1, output, [SDIST, WHEEL, WHEEL]).ok).toBe(false);
  });
});

describe('unreadableMetadataVersion', () => {
  // Debian's twine 4.0.2 (pkginfo 1.8.2) on a wheel with Metadata-Version 2.4, as it prints it.
  const DEBIAN = [
    `Checking demo-1.0-py3-none-any.whl: ${red('ERROR   ')} InvalidDistribution: Metadata is missing required fields: Name,        `,
    '         Version.                                                               ',
    '         Make sure the distribution includes the files where those fields are   ',
    '         specified, and is using a supported Metadata-Version: 1.0, 1.1, 1.2,   ',
    '         2.0, 2.1, 2.2.                                                         ',
  ].join('\n');

  it('reads the newest version an old twine lists', () => {
    expect(unreadableMetadataVersion(DEBIAN)).toEqual({ upTo: '2.2', found: undefined });
  });

  it('reads the version twine 6.x names', () => {
    const output = `Checking demo-1.0.tar.gz: ${red('ERROR   ')} InvalidDistribution: Invalid distribution metadata: '2.5' is not a valid metadata version`;
    expect(unreadableMetadataVersion(output)).toEqual({ upTo: undefined, found: '2.5' });
  });

  it('leaves other failures to twine check’s verdict', () => {
    const output = `Checking demo.whl: ${red('FAILED')}\nERROR    \`long_description\` has syntax errors in markup`;
    expect(unreadableMetadataVersion(output)).toBeUndefined();
  });
});
