import { describe, expect, it, vi } from 'vitest';
import { choosePreviousTag } from '../../../src/github/previous-tag.js';

const release = (tagName: string, draft = false) => ({ tagName, draft });

describe('the compare link’s previous tag', () => {
  it('takes the checkout’s tags first and does not ask GitHub then', async () => {
    const api = vi.fn(async () => ['v0.1.14']);
    const chosen = await choosePreviousTag('0.1.15', '', [], {
      local: ['v0.1.13', 'v0.1.15', 'v0.1.9'],
      api,
      releases: [release('v0.1.14')],
    });
    expect(chosen).toBe('v0.1.13');
    expect(api).not.toHaveBeenCalled();
  });

  it('on a shallow checkout (only the released tag) asks GitHub’s tags, by version not text', async () => {
    const api = vi.fn(async () => ['v0.1.9', 'v0.1.15', 'v0.1.14', 'v0.1.10', 'v0.2.0', 'latest']);
    const chosen = await choosePreviousTag('0.1.15', '', [], {
      local: ['v0.1.15'],
      api,
      releases: [release('v0.1.10')],
    });
    expect(chosen).toBe('v0.1.14');
    expect(api).toHaveBeenCalledTimes(1);
  });

  it('skips pre-releases for a final release, as with local tags', async () => {
    const chosen = await choosePreviousTag('0.2.0', '', [], {
      local: [],
      api: async () => ['v0.2.0rc2', 'v0.1.15', 'v0.2.0'],
      releases: [],
    });
    expect(chosen).toBe('v0.1.15');
  });

  it('keeps to the tag prefix', async () => {
    const chosen = await choosePreviousTag('1.3.0', 'pkg-a-v', [], {
      local: [],
      api: async () => ['pkg-b-v1.2.9', 'pkg-a-v1.2.0', 'v1.2.5'],
      releases: [],
    });
    expect(chosen).toBe('pkg-a-v1.2.0');
  });

  it('falls back to the published releases when GitHub has no earlier tag', async () => {
    const chosen = await choosePreviousTag('0.1.15', '', [], {
      local: ['v0.1.15'],
      api: async () => ['v0.1.15'],
      // A draft's tag may not exist yet.
      releases: [release('v0.1.14.post1', true), release('v0.1.13'), release('v0.1.12')],
    });
    expect(chosen).toBe('v0.1.13');
  });

  it('falls back to the releases, with a warning, when the tags cannot be listed', async () => {
    const warn = vi.fn();
    const chosen = await choosePreviousTag(
      '0.1.15',
      '',
      [],
      {
        local: [],
        api: async () => {
          throw new Error('403 Resource not accessible by integration');
        },
        releases: [release('v0.1.14')],
      },
      warn,
    );
    expect(chosen).toBe('v0.1.14');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('403 Resource not accessible by integration');
  });

  it('without a GitHub token (no API) uses the releases given, and is undefined for a first release', async () => {
    expect(await choosePreviousTag('0.1.15', '', [], { local: [], releases: [] })).toBeUndefined();
    const api = vi.fn(async () => ['v0.1.15']);
    expect(
      await choosePreviousTag('0.1.15', '', [], { local: ['v0.1.15'], api, releases: [] }),
    ).toBeUndefined();
    expect(api).toHaveBeenCalledTimes(1);
  });
});
