import * as core from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { addBumpSummary, addCheckSummary, escapeHtml, summaryText } from '../../src/report.js';

const HOSTILE = '<a href=x>y</a><img src=x>';

afterEach(() => {
  core.summary.emptyBuffer();
});

describe('summaryText', () => {
  it('shows markup as text', () => {
    expect(summaryText(HOSTILE)).toBe('&lt;a href=x&gt;y&lt;/a&gt;&lt;img src=x&gt;');
  });
  it('takes the Markdown out of | and backticks, and the quotes out of attributes', () => {
    expect(summaryText('a | b `c` "d" \'e\'')).toBe(
      'a &#124; b &#96;c&#96; &quot;d&quot; &#39;e&#39;',
    );
  });
  it('never leaves a blank line, which would end the HTML block', () => {
    const text = summaryText('x\n\n![i](http://e/i.png)\r\n\r\ny\rz');
    expect(text).not.toMatch(/[\r\n]/);
    expect(text).toBe('x<br><br>![i](http://e/i.png)<br><br>y<br>z');
  });
  it('escapeHtml keeps line breaks for <pre>', () => {
    expect(escapeHtml('a\n<b>')).toBe('a\n&lt;b&gt;');
  });
});

describe('the step summary holds no markup from the repository', () => {
  it('in the check table: a file name, a value, a finding', () => {
    addCheckSummary(core.summary, {
      version: '1.0',
      pep440: '1.0',
      prerelease: false,
      tag: 'v1.0',
      ok: false,
      rows: [
        {
          source: `version in ${HOSTILE}`,
          value: `1.0${HOSTILE}`,
          location: { file: `${HOSTILE}/x.py`, line: 3 },
          ok: false,
        },
      ],
      findings: [{ level: 'error', title: HOSTILE, message: `a\n\n${HOSTILE} | \`x\`` }],
    });
    const html = core.summary.stringify();
    expect(html).not.toContain('<a href=x>');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/\n\s*\n/);
    expect(html).toContain('&lt;img src=x&gt;/x.py:3');
  });
  it('in a bump: the files a diff names', () => {
    addBumpSummary(
      core.summary,
      {
        previous: '1.0',
        version: '1.1',
        tag: 'v1.1',
        diff: `diff --git a/${HOSTILE} b/${HOSTILE}\n--- a/${HOSTILE}\n+++ b/${HOSTILE}\n@@ -1 +1 @@\n-1.0\n+1.1 ${HOSTILE}\n`,
      },
      true,
    );
    const html = core.summary.stringify();
    expect(html).not.toContain('<a href=x>');
    expect(html).not.toContain('<img');
  });
});
