// A changelog the project stopped writing: its newest release is older than the last tags.
import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../../src/changelog/parse.js';
import { newestRelease, stoppedChangelog } from '../../../src/changelog/index.js';

const lines = (...text: string[]) => text.join('\n') + '\n';
const KEPT_UNTIL_1_2 = parseChangelog(
  lines(
    '# Changelog', // 1
    '', // 2
    '## [1.2.0] - 2024-03-01', // 3
    '', // 4
    '- Two.', // 5
    '', // 6
    '## [1.1.0] - 2024-01-01', // 7
    '', // 8
    '- One.', // 9
  ),
);

describe('stoppedChangelog', () => {
  it('says a changelog stopped when its newest release is below the third-newest tag', () => {
    const result = stoppedChangelog(KEPT_UNTIL_1_2, ['v1.5.0', 'v1.4.0', 'v1.3.0', 'v1.2.0']);
    expect(result.stopped).toBe(true);
    expect(result.newest).toMatchObject({ version: '1.2.0', line: 3 });
    expect(result.behind).toBe('1.3.0');
  });

  it('does not when the changelog is only two tags behind (a release being prepared)', () => {
    const result = stoppedChangelog(KEPT_UNTIL_1_2, ['1.4.0', '1.3.0', '1.2.0', '1.1.0']);
    expect(result).toMatchObject({ stopped: false, behind: undefined });
    expect(result.newest?.version).toBe('1.2.0');
  });

  it('does not when the newest release is the third-newest tag itself', () => {
    expect(stoppedChangelog(KEPT_UNTIL_1_2, ['1.4.0', '1.3.0', '1.2']).stopped).toBe(false);
  });

  it('counts two tags of one version once, and skips tags that are no version', () => {
    const tags = ['v1.5.0', '1.5', 'nightly', 'v1.4.0', 'v1.2.0'];
    expect(stoppedChangelog(KEPT_UNTIL_1_2, tags).stopped).toBe(false);
    expect(stoppedChangelog(KEPT_UNTIL_1_2, [...tags.slice(0, 4), 'v1.3.0']).stopped).toBe(true);
  });

  it('cannot tell with fewer tags than that, or a changelog with no release', () => {
    expect(stoppedChangelog(KEPT_UNTIL_1_2, ['9.0.0', '8.0.0']).stopped).toBe(false);
    const empty = parseChangelog('# Changelog\n\n## [Unreleased]\n');
    expect(stoppedChangelog(empty, ['3.0.0', '2.0.0', '1.0.0'])).toEqual({
      stopped: false,
      newest: undefined,
      behind: undefined,
    });
  });

  it('takes the newest by version, not by position, and not a release still unreleased', () => {
    const oldestFirst = parseChangelog(
      lines(
        '1.0.0 (2020-01-01)',
        '------------------',
        '',
        '2.0.0 (2021-01-01)',
        '------------------',
        '',
        '3.0.0 (unreleased)',
        '------------------',
      ),
      { format: 'rst' },
    );
    expect(newestRelease(oldestFirst)?.version).toBe('2.0.0');
    expect(stoppedChangelog(oldestFirst, ['4.0.0', '3.0.0', '2.1.0']).stopped).toBe(true);
    expect(stoppedChangelog(oldestFirst, ['2.2.0', '2.1.0', '2.0.0']).stopped).toBe(false);
  });

  it('takes the number of tags it may lag behind', () => {
    expect(stoppedChangelog(KEPT_UNTIL_1_2, ['1.3.0'], 1)).toMatchObject({
      stopped: true,
      behind: '1.3.0',
    });
  });
});
