// Property tests: for every heading form, a section written and read back gives the same version
// and body; rolling an Unreleased section in that form and reading it back gives the release.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollChangelog } from '../../../src/changelog/roll.js';
import { findRelease, parseChangelog } from '../../../src/changelog/parse.js';
import type { ChangelogFormat } from '../../../src/changelog/formats/markup.js';

const version = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 4 }),
    fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.integer({ min: 0, max: 20 })), {
      nil: undefined,
    }),
  )
  .map(([release, pre]) => release.join('.') + (pre ? `${pre[0]}${pre[1]}` : ''));

const date = fc
  .tuple(
    fc.integer({ min: 2000, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const word = fc.stringMatching(/^[a-z]{1,10}$/);
const entry = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `- ${words.join(' ')}`);
const body = fc.array(entry, { minLength: 1, maxLength: 5 }).map((entries) => entries.join('\n'));

type Form = { name: string; format: ChangelogFormat; heading: (title: string) => string[] };

const RST_CHARS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const FORMS: Form[] = [
  ...[1, 2, 3, 4, 5, 6].map((level) => ({
    name: `Markdown ATX level ${level}`,
    format: 'markdown' as const,
    heading: (title: string) => [`${'#'.repeat(level)} ${title}`],
  })),
  ...(['=', '-'] as const).map((char) => ({
    name: `Markdown setext ${char}`,
    format: 'markdown' as const,
    heading: (title: string) => [title, char.repeat(title.length)],
  })),
  ...RST_CHARS.map((char) => ({
    name: `RST underline ${char}`,
    format: 'rst' as const,
    heading: (title: string) => [title, char.repeat(title.length)],
  })),
  ...RST_CHARS.map((char) => ({
    name: `RST overline ${char}`,
    format: 'rst' as const,
    heading: (title: string) => [char.repeat(title.length), title, char.repeat(title.length)],
  })),
];

const titles = (v: string, d: string) => [
  `[${v}] - ${d}`,
  `${v} (${d})`,
  `Version ${v} (${d})`,
  `v${v} - ${d}`,
];

describe.each(FORMS)('$name', (form) => {
  it('reads back the version and body of a section it wrote', () => {
    fc.assert(
      fc.property(
        version,
        date,
        body,
        body,
        fc.integer({ min: 0, max: 3 }),
        (v, d, text, older, shape) => {
          const title = titles(v, d)[shape]!;
          const doc = [
            ...form.heading(title),
            '',
            text,
            '',
            ...form.heading(`0.0.1 (2000-01-01)`),
            '',
            older,
            '',
          ].join('\n');
          const changelog = parseChangelog(doc, { format: form.format });
          const release = findRelease(changelog, v);
          expect(release?.version).toBe(v);
          expect(release?.date).toBe(d);
          expect(release?.body).toBe(text);
          expect(findRelease(changelog, '0.0.1')?.body).toBe(older);
          const line = doc.split('\n')[release!.line - 1]!;
          expect(line.slice(release!.column - 1, release!.column - 1 + v.length)).toBe(v);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('rolls an Unreleased section written in it into a release that reads back', () => {
    fc.assert(
      fc.property(version, date, body, (v, d, text) => {
        const doc = [
          ...form.heading('Unreleased'),
          '',
          text,
          '',
          ...form.heading('0.0.1 (2000-01-01)'),
          '',
          '- old',
          '',
        ].join('\n');
        const rolled = rollChangelog(doc, { version: v, date: d, format: form.format });
        const changelog = parseChangelog(rolled, { format: form.format });
        expect(findRelease(changelog, v)).toMatchObject({ version: v, date: d, body: text });
        expect(changelog.unreleased?.body).toBe('');
        expect(rolled.endsWith(['', '- old', ''].join('\n'))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
