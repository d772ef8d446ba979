import { describe, expect, it } from 'vitest';
import { quoteForLog } from '../../src/log-quote.js';

describe('quoteForLog', () => {
  it('puts every line of repository text behind a bar, so none starts with ::', () => {
    const text = 'Title\r\n::error::not a command\n  ::warning::nor this\n\n';
    const quoted = quoteForLog(text);
    expect(quoted).toBe('│ Title\n│ ::error::not a command\n│   ::warning::nor this');
    expect(quoted.split('\n').some((line) => line.trimStart().startsWith('::'))).toBe(false);
  });
});
