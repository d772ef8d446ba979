import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLL,
  describeDigests,
  downloadDeadlineMs,
  firstDisagreement,
  githubSha256,
  judgeListing,
  pollDelays,
  pollScheduleFromEnvironment,
} from '../../../src/publish/landing-plan.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const wheel = { filename: 'demo-1.0-py3-none-any.whl', path: '/d/w', sha256: A };
const sdist = { filename: 'demo-1.0.tar.gz', path: '/d/s', sha256: B };

describe('the polling schedule', () => {
  it('doubles from the first wait, caps each wait, and stops at the budget', () => {
    expect(pollDelays({ firstDelayMs: 2000, maxDelayMs: 30_000, budgetMs: 300_000 })).toEqual([
      2000,
      4000,
      8000,
      16_000,
      ...Array<number>(9).fill(30_000),
    ]);
    const sum = (delays: number[]) => delays.reduce((a, b) => a + b, 0);
    expect(sum(pollDelays(DEFAULT_POLL))).toBe(300_000);
    expect(pollDelays({ firstDelayMs: 100, maxDelayMs: 1000, budgetMs: 250 })).toEqual([100, 150]);
    // No budget: one look and no wait.
    expect(pollDelays({ firstDelayMs: 100, maxDelayMs: 1000, budgetMs: 0 })).toEqual([]);
  });

  it('is shortened only through the environment, for tests', () => {
    expect(pollScheduleFromEnvironment({})).toEqual(DEFAULT_POLL);
    expect(
      pollScheduleFromEnvironment({
        PYRELEASE_INDEX_WAIT_MS: '5000',
        PYRELEASE_INDEX_POLL_MS: '50',
      }),
    ).toEqual({ ...DEFAULT_POLL, firstDelayMs: 50, budgetMs: 5000 });
    expect(pollScheduleFromEnvironment({ PYRELEASE_INDEX_WAIT_MS: 'soon' })).toEqual(DEFAULT_POLL);
  });

  it('gives a download at least a minute, and 1 MiB/s for big files', () => {
    expect(downloadDeadlineMs(10_000)).toBe(60_000);
    expect(downloadDeadlineMs(700 * 1024 * 1024)).toBe(700_000);
  });
});

describe("judging the index's listing", () => {
  const url = (name: string) => `https://files.example/${name}`;

  it('is listed once every file is there with its sha256 and a URL', () => {
    const listed = [
      { filename: sdist.filename, sha256: B, url: url(sdist.filename) },
      { filename: wheel.filename, sha256: A, url: url(wheel.filename) },
      { filename: 'demo-0.9.tar.gz', sha256: C, url: url('demo-0.9.tar.gz') },
    ];
    expect(judgeListing([wheel, sdist], listed)).toEqual({
      state: 'listed',
      files: [listed[1], listed[0]],
    });
  });

  it('waits for a file not listed yet (the CDN lags), or listed without a URL', () => {
    expect(
      judgeListing([wheel, sdist], [{ filename: wheel.filename, sha256: A, url: url('w') }]),
    ).toEqual({ state: 'waiting', missing: [sdist.filename] });
    expect(judgeListing([wheel], [{ filename: wheel.filename, sha256: A }])).toEqual({
      state: 'waiting',
      missing: [wheel.filename],
    });
  });

  it('stops at once on a file listed with another sha256, and takes one listed without any', () => {
    expect(
      judgeListing(
        [wheel, sdist],
        [
          { filename: wheel.filename, sha256: A, url: url('w') },
          { filename: sdist.filename, sha256: C, url: url('s') },
        ],
      ),
    ).toEqual({ state: 'different', filename: sdist.filename, local: B, index: C });
    // No sha256 in the listing (a PEP 503 page without hashes): the download decides.
    expect(judgeListing([wheel], [{ filename: wheel.filename, url: url('w') }])).toMatchObject({
      state: 'listed',
    });
  });
});

describe('the three digests of a file', () => {
  it("reads GitHub's sha256: digest", () => {
    expect(githubSha256(`sha256:${A.toUpperCase()}`)).toBe(A);
    expect(githubSha256(null)).toBeNull();
    expect(githubSha256('sha512:abc')).toBeNull();
  });

  it('agree when the index and GitHub (where it reports one) have the local sha256', () => {
    const same = { filename: wheel.filename, local: A, index: A, github: A };
    expect(
      firstDisagreement([same, { ...same, github: null }, { ...same, github: undefined }]),
    ).toBe(undefined);
    expect(firstDisagreement([same, { ...same, filename: 'x', github: C }])?.filename).toBe('x');
    expect(firstDisagreement([{ ...same, index: B }])?.filename).toBe(wheel.filename);
  });

  it('are listed by place in a message', () => {
    expect(describeDigests({ filename: 'f', local: A, index: B, github: null }, 'PyPI')).toBe(
      `built here: ${A}\n  PyPI: ${B}\n  GitHub release asset: GitHub reports none`,
    );
  });
});
