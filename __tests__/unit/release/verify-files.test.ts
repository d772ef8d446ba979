import { describe, expect, it } from 'vitest';
import type { GithubReleaseResult } from '../../../src/github/github-release.js';
import type { ReleaseAsset } from '../../../src/github/releaser.js';
import { assetError, landingError, releaseDigests } from '../../../src/release/verify-files.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const asset = (name: string, digest: string | null): ReleaseAsset => ({
  id: 1,
  name,
  size: 1,
  digest,
});
const stop = {
  indexLabel: 'PyPI',
  version: '1.0',
  pageUrl: 'https://pypi.org/project/demo/1.0/',
  draftNote: 'The GitHub release v1.0 was left a draft.',
};

function draft(
  kept: ReleaseAsset[],
  uploaded: ReleaseAsset[],
  blocked: string[] = [],
): Pick<GithubReleaseResult, 'release' | 'uploaded' | 'plan'> {
  return {
    release: { assets: kept } as unknown as GithubReleaseResult['release'],
    uploaded,
    plan: { assets: { upload: [], replace: [], keep: [], blocked } } as never,
  };
}

describe("GitHub's digests of the release assets", () => {
  it('takes what the release kept and what was just uploaded, the upload last', () => {
    const digests = releaseDigests(
      draft(
        [
          asset('demo-1.0.tar.gz', `sha256:${A}`),
          asset('demo-1.0-py3-none-any.whl', `sha256:${C}`),
        ],
        [asset('demo-1.0-py3-none-any.whl', `sha256:${B}`)],
      ),
    );
    expect(Object.fromEntries(digests)).toEqual({
      'demo-1.0.tar.gz': A,
      'demo-1.0-py3-none-any.whl': B,
    });
    expect(releaseDigests(undefined).size).toBe(0);
    // Older GitHub Enterprise reports none.
    expect(releaseDigests(draft([asset('x', null)], [])).get('x')).toBeNull();
  });

  it('leaves out an asset a published release may not change (the draft step warned of it)', () => {
    const digests = releaseDigests(
      draft([asset('demo-1.0.tar.gz', `sha256:${C}`)], [], ['demo-1.0.tar.gz']),
    );
    expect(digests.has('demo-1.0.tar.gz')).toBe(false);
  });
});

describe('the errors that stop the release', () => {
  it('names the file and its three digests when the index lists other content', () => {
    const error = landingError(
      { ok: false, kind: 'listed', filename: 'demo-1.0.tar.gz', sha256: C },
      new Map([['demo-1.0.tar.gz', A]]),
      new Map([['demo-1.0.tar.gz', A]]),
      stop,
    );
    expect(error.title).toBe('Released files differ');
    expect(error.message).toBe(
      `demo-1.0.tar.gz is not the file built here: PyPI lists other content under its name.\n  built here: ${A}\n  PyPI: ${C}\n  GitHub release asset: ${A}\nThe GitHub release v1.0 was left a draft. An index never lets a file be replaced: find out what uploaded the other file, yank 1.0 on PyPI (https://pypi.org/project/demo/1.0/) and release a new version (for example 1.0.post1).`,
    );
  });

  it('says how long it waited for a file not listed, and that a re-run completes the release', () => {
    const error = landingError(
      {
        ok: false,
        kind: 'missing',
        missing: ['demo-1.0.tar.gz'],
        waitedMs: 300_000,
        problem: 'x answered 503',
      },
      new Map(),
      new Map(),
      stop,
    );
    expect(error.title).toBe('Upload not visible on the index');
    expect(error.message).toContain('after 300 s it does not list and serve demo-1.0.tar.gz');
    expect(error.message).toContain('(last: x answered 503)');
    expect(error.message).toContain('run the release again');
  });

  it('stops on a GitHub asset with another digest, not on one without a digest', () => {
    const same = { filename: 'demo-1.0.tar.gz', local: A, index: A, url: 'u' };
    expect(
      assetError(
        [
          { ...same, github: A },
          { ...same, github: null },
        ],
        stop,
      ),
    ).toBeUndefined();
    const error = assetError([{ ...same, github: B }], stop);
    expect(error?.message).toContain(`GitHub release asset: ${B}`);
    expect(error?.message).toContain("replaces the draft's asset");
  });
});
