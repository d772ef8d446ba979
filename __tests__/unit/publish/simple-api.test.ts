// The simple-API page parser against what a hostile or broken index can send: character
// references no code point has, tags left open, malformed %-escapes, and pages whose size would
// make a backtracking parser take minutes. Each must parse, in linear time, without throwing.
import { describe, expect, it } from 'vitest';
import {
  anchors,
  codePointText,
  decodeEntities,
  parseSimpleHtml,
  withoutTags,
} from '../../../src/publish/simple-api.js';

const A = 'a'.repeat(64);

describe('character references', () => {
  it.each([
    ['&#x110000;', '\ufffd'],
    ['&#xD800;', '\ufffd'],
    ['&#xdfff;', '\ufffd'],
    ['&#0;', '\ufffd'],
    [`&#x${'f'.repeat(40)};`, '\ufffd'],
    [`&#${'9'.repeat(400)};`, '\ufffd'],
    ['&#x10FFFF;', '\u{10ffff}'],
    ['&#65;&#x42;&amp;&lt;&unknown;', 'AB&<&unknown;'],
  ])('%s decodes to %j without throwing', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });

  it('keeps valid code points and replaces the others', () => {
    expect(codePointText(0x1f600)).toBe('😀');
    expect(codePointText(Number.NaN)).toBe('\ufffd');
    expect(codePointText(-1)).toBe('\ufffd');
  });

  it('a page holding &#x110000; in a link and its text parses', () => {
    const html = `<a href="/f/demo-1.0.tar.gz&#x110000;#sha256=${A}">demo-1.0.tar.gz&#x110000;</a>`;
    expect(parseSimpleHtml(html)).toMatchObject({
      ok: true,
      files: [{ filename: 'demo-1.0.tar.gz\ufffd', sha256: A }],
    });
  });
});

describe('anchors', () => {
  it('finds each anchor with its attributes and inner markup, closings with spaces included', () => {
    expect(anchors('<p><A Href="x">one</A ><a\nhref=y><b>two</b></a><abbr>no</abbr>')).toEqual([
      { attributes: 'Href="x"', inner: 'one' },
      { attributes: 'href=y', inner: '<b>two</b>' },
    ]);
  });

  it('skips tags that only begin with a (<abbr>, <area>) and </abbr> closings', () => {
    expect(anchors('<abbr>x</abbr><a href=z>x</abbr></a>')).toEqual([
      { attributes: 'href=z', inner: 'x</abbr>' },
    ]);
  });

  it('keeps offsets right after letters whose lower case is longer (İ)', () => {
    expect(anchors('İİİ<A href="İ">İ</A>')).toEqual([{ attributes: 'href="İ"', inner: 'İ' }]);
  });

  it('300,000 unclosed anchors parse in linear time', () => {
    const html = `<a href="/f/demo-1.0.tar.gz#sha256=${A}">demo-1.0.tar.gz</a>${'<a '.repeat(300_000)}`;
    expect(parseSimpleHtml(html)).toMatchObject({
      ok: true,
      files: [{ filename: 'demo-1.0.tar.gz', sha256: A }],
    });
    // Bounded by this test's timeout: the quadratic parser this replaced took minutes.
  }, 20_000);

  it('300,000 anchors that each close parse in linear time', () => {
    const html = `<a href="x">y</a>`.repeat(300_000);
    expect(anchors(html)).toHaveLength(300_000);
    // Bounded by this test's timeout: the quadratic parser this replaced took minutes.
  }, 20_000);

  it('an anchor full of unclosed tags and lone closings parses in linear time', () => {
    const html = `<a href="/f/demo-1.0.tar.gz">${'<'.repeat(300_000)}${'</a '.repeat(100_000)}</a>`;
    expect(parseSimpleHtml(html)).toMatchObject({ ok: true });
    // Bounded by this test's timeout: the quadratic parser this replaced took minutes.
  }, 20_000);
});

describe('tags and links', () => {
  it('withoutTags drops tags and keeps a < that never closes', () => {
    expect(withoutTags('<b>demo</b>-1.0 < 2')).toBe('demo-1.0 < 2');
  });

  it('a link whose %-escapes are malformed is read as written, not thrown on', () => {
    expect(parseSimpleHtml('<a href="/f/demo-%E0%A4%A.tar.gz"></a>')).toMatchObject({
      ok: true,
      files: [{ filename: 'demo-%E0%A4%A.tar.gz', sha256: undefined }],
    });
  });
});
