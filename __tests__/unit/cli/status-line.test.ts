import { describe, expect, it } from 'vitest';
import { statusText } from '../../../src/cli/status-line.js';

describe('statusText', () => {
  it('names each running step with its whole seconds, within the width', () => {
    const running = new Map([
      ['Build', 1_000],
      ['Set up twine', 9_500],
    ]);
    expect(statusText(running, 13_400, 80)).toBe('… Build 12 s · Set up twine 3 s');
    const cut = statusText(running, 13_400, 12);
    expect(cut.length).toBeLessThan(12);
    expect(cut.endsWith('…')).toBe(true);
  });
});
