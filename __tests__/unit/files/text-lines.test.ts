// One model of lines: the readers' view (splitText), the editors' view (splitLines) and the
// changelog's offsets (TextLines) number and cut every text the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, splitLines } from '../../../src/files/editable-lines.js';
import { TextLines } from '../../../src/files/text-lines.js';
import { splitText } from '../../../src/files/text.js';

const texts = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\r', '\n', '\r\n', '\uFEFF', 'é') }),
  fc.string({ unit: fc.constantFrom('a', '\r\n') }).map((text) => `\uFEFF${text}`),
);

describe('lines', () => {
  it('every view agrees with splitting the text without its BOM on \\r?\\n', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
        const expected = body.split(/\r?\n/);
        expect(splitText(text).lines).toEqual(expected);
        expect(splitLines(text).texts).toEqual(expected);
        expect(new TextLines(text).texts()).toEqual(expected);
        expect(splitText(text).bom).toBe(text.startsWith('\uFEFF'));
      }),
      { numRuns: 2000 },
    );
  });

  it('the editors write back every byte: terminators, BOM, a missing final newline', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(joinLines(splitLines(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('the dominant line end is the one most lines end with', () => {
    expect(splitText('a\r\nb\r\nc\nd').eol).toBe('\r\n');
    expect(splitText('a\r\nb\nc\n').eol).toBe('\n');
    expect(splitText('a\r\nb\n').eol).toBe('\n');
    expect(splitText('no terminator').eol).toBe('\n');
    expect(splitLines('\uFEFFa\r\n').ends).toEqual(['\r\n', '']);
  });
});
