// What the index's state decides: the 14-day window, one sdist, archived and quarantined projects.
import { describe, expect, it } from 'vitest';
import { indexRefusals, nextPostRelease } from '../../../src/pypi-rules/index-rules.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 5);
const files = [
  { filename: 'demo-1.0.tar.gz', sdist: true },
  { filename: 'demo-1.0-cp315-cp315-manylinux_2_28_x86_64.whl', sdist: false },
];

describe('index rules', () => {
  it('refuses new files for a release older than 14 days, with PyPI’s words and a .postN', () => {
    const state = {
      label: 'PyPI',
      release: [{ filename: 'demo-1.0.tar.gz', sdist: true, uploadedAt: NOW - 15 * DAY }],
    };
    const [refusal] = indexRefusals(state, files, 'demo', '1.0', NOW);
    expect(refusal!.rule.id).toBe('release-age');
    expect(refusal!.message).toContain(
      'Uploading new files to releases older than 14 days is not allowed.',
    );
    expect(refusal!.message).toContain(
      'demo-1.0-cp315-cp315-manylinux_2_28_x86_64.whl would be new',
    );
    expect(refusal!.message).toContain('1.0.post1');
  });

  it('lets a re-run of identical files pass, and a release of 13 days take new files', () => {
    const old = {
      label: 'PyPI',
      release: files.map((file) => ({ ...file, uploadedAt: NOW - 90 * DAY })),
    };
    expect(indexRefusals(old, files, 'demo', '1.0', NOW)).toEqual([]);
    const young = { label: 'PyPI', release: [{ ...files[0]!, uploadedAt: NOW - 13 * DAY }] };
    expect(indexRefusals(young, files, 'demo', '1.0', NOW)).toEqual([]);
  });

  it('refuses a second sdist for the release', () => {
    const state = {
      label: 'PyPI',
      release: [{ filename: 'Demo-1.0.tar.gz', sdist: true, uploadedAt: NOW }],
    };
    const [refusal] = indexRefusals(state, files, 'demo', '1.0', NOW);
    expect(refusal!.rule.id).toBe('one-sdist');
    expect(refusal!.message).toContain('Only one sdist may be uploaded per release.');
  });

  it.each(['archived', 'quarantined'])('refuses an %s project', (status) => {
    const [refusal] = indexRefusals(
      { label: 'PyPI', release: [], projectStatus: status },
      files,
      'demo',
      '1.0',
      NOW,
    );
    expect(refusal!.rule.id).toBe('project-status');
    expect(refusal!.message).toContain(`marks demo as ${status}`);
    expect(
      indexRefusals(
        { label: 'PyPI', release: [], projectStatus: 'active' },
        files,
        'demo',
        '1.0',
        NOW,
      ),
    ).toEqual([]);
  });

  it('suggests the next post-release', () => {
    expect(nextPostRelease('1.0')).toBe('1.0.post1');
    expect(nextPostRelease('1.0.post3')).toBe('1.0.post4');
  });
});
