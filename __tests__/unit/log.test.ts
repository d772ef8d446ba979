import { describe, expect, it } from 'vitest';
import { commandLine, inert, looksLikeCommand, printable, shown } from '../../src/log.js';

describe('inert', () => {
  it('leaves ordinary text as it is', () => {
    expect(inert('✓ pyproject.toml: 1.2.3\nno command: here')).toBe(
      '✓ pyproject.toml: 1.2.3\nno command: here',
    );
  });
  it.each([
    '::add-mask::x',
    '  ::error::fake',
    'a\n::set-output name=x::y',
    'x ##[set-env name=A;]b',
    'a\r::stop-commands::t',
    '\u0085::add-mask::x',
    'ok\n\u0085 \u00a0::stop-commands::t',
  ])('wraps %j between stop-commands and its token', (text) => {
    expect(looksLikeCommand(text)).toBe(true);
    const out = inert(text, 'f00d');
    expect(out.split('\n')[0]).toBe('::stop-commands::f00d');
    expect(out.endsWith('\n::f00d::')).toBe(true);
    expect(out).toContain(text);
  });
  it('uses a fresh random token each time', () => {
    const first = inert('::error::x').split('\n')[0];
    const second = inert('::error::x').split('\n')[0];
    expect(first).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
    expect(first).not.toBe(second);
  });
});

describe('looksLikeCommand follows the runner', () => {
  it.each([
    ['U+2028 before the command (trimmed, not a line break)', '\u2028::add-mask::x'],
    ['U+2029 before the command', '\u2029::stop-commands::t'],
    ['a lone \\r ends a line', 'text\r::error::fake'],
    ['\\r\\n ends a line', 'text\r\n  ::warning::fake'],
    ['an ideographic space', '\u3000::error::fake'],
    ['a zero-width space a comparison may ignore', '\u200b::error::fake'],
    ['a legacy command anywhere', 'abc ##[error]fake'],
  ])('%s', (_, text) => {
    expect(looksLikeCommand(text)).toBe(true);
  });
  it.each([
    ['U+0085 in the middle of a line', 'a\u0085b'],
    ['U+2028 in the middle of a line (.NET does not end a line there)', 'x\u2028y ::z'],
    ['colons not at the start', 'see a::b::c'],
  ])('%s is no command', (_, text) => {
    expect(looksLikeCommand(text)).toBe(false);
  });
});

describe('commandLine escapes as the runner unescapes', () => {
  it('data: %, \\r and \\n', () => {
    expect(commandLine('error', {}, '50%\r\n::add-mask::x')).toBe(
      '::error::50%25%0D%0A::add-mask::x',
    );
  });
  it('properties: also : and ,', () => {
    expect(
      commandLine('warning', { title: 'a:b,c%\n', file: 'x,y.py', line: 3, col: undefined }, 'm'),
    ).toBe('::warning title=a%3Ab%2Cc%25%0A,file=x%2Cy.py,line=3::m');
  });
  it('a group title cannot end its line', () => {
    expect(commandLine('group', {}, 'pkg\n::add-mask::x')).toBe('::group::pkg%0A::add-mask::x');
  });
});

describe('printable is the one escaping function', () => {
  it('makes text inert and escapes commands', () => {
    expect(printable({ text: 'plain' })).toBe('plain');
    expect(printable({ text: '\u0085::add-mask::x' })).toMatch(/^::stop-commands::[0-9a-f]{32}\n/);
    expect(printable({ command: 'notice', properties: { title: 't' }, data: 'a\nb' })).toBe(
      '::notice title=t::a%0Ab',
    );
  });
});

describe('shown', () => {
  it('escapes the characters JSON.stringify leaves', () => {
    expect(shown('1.0\u2028::x')).toBe('"1.0\\u2028::x"');
    expect(shown('1.0\u0085')).toBe('"1.0\\u0085"');
    expect(shown('1.0')).toBe('1.0');
  });
});
