import { describe, expect, it } from 'vitest';
import { inert, looksLikeCommand } from '../../src/log.js';

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
