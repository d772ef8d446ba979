// The index's answers the preflight reads: the release's files and the project's status.
import { describe, expect, it } from 'vitest';
import { parseProjectPage, parseReleaseFiles } from '../../../src/publish/index-state.js';

describe('index state', () => {
  it('reads the files of a version and when each was uploaded', () => {
    const text = JSON.stringify({
      urls: [
        {
          filename: 'demo-1.0.tar.gz',
          packagetype: 'sdist',
          upload_time_iso_8601: '2026-11-01T10:00:00.000000Z',
        },
        { filename: 'demo-1.0-py3-none-any.whl', packagetype: 'bdist_wheel' },
      ],
    });
    expect(parseReleaseFiles(text)).toEqual([
      { filename: 'demo-1.0.tar.gz', sdist: true, uploadedAt: Date.UTC(2026, 10, 1, 10) },
      { filename: 'demo-1.0-py3-none-any.whl', sdist: false },
    ]);
    expect(parseReleaseFiles('{}')).toBeUndefined();
  });

  it('reads PEP 792 status and the project size from the PEP 691 page', () => {
    const text = JSON.stringify({
      'project-status': { status: 'archived', reason: 'moved to demo2' },
      files: [{ size: 10 }, { size: 32 }],
    });
    expect(parseProjectPage(text)).toEqual({
      projectStatus: 'archived',
      projectStatusReason: 'moved to demo2',
      projectSize: 42,
    });
    expect(parseProjectPage('not json')).toEqual({});
  });
});
