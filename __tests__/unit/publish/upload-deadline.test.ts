// How long an upload may take (a floor, the file's size at a minimum rate, a ceiling), and the
// order files go up in (wheels before the sdist).
import { describe, expect, it } from 'vitest';
import {
  describeUploadDeadline,
  UPLOAD_DEADLINE,
  uploadDeadlineMs,
  uploadDeadlinePolicy,
} from '../../../src/publish/upload-deadline.js';
import { uploadOrder } from '../../../src/publish/upload-order.js';
import { planUploads } from '../../../src/publish/existing.js';

const MiB = 1024 * 1024;

describe('the upload deadline', () => {
  it.each([
    [0, 120_000],
    [3 * 1024, 120_030],
    [100 * MiB, 120_000 + 1_024_000],
    [10 * 1024 * MiB, 3 * 60 * 60_000],
  ])('%i bytes may take %i ms', (bytes, ms) => {
    expect(uploadDeadlineMs(bytes, UPLOAD_DEADLINE)).toBe(ms);
  });

  it('has its floor shortened for tests only through PYRELEASE_UPLOAD_FLOOR_SECONDS', () => {
    expect(uploadDeadlinePolicy({})).toBe(UPLOAD_DEADLINE);
    expect(uploadDeadlinePolicy({ PYRELEASE_UPLOAD_FLOOR_SECONDS: 'soon' })).toBe(UPLOAD_DEADLINE);
    const quick = uploadDeadlinePolicy({ PYRELEASE_UPLOAD_FLOOR_SECONDS: '2' });
    expect(uploadDeadlineMs(3 * 1024, quick)).toBe(2030);
  });

  it('is described without a full stop inside (the failure summary ends at the first)', () => {
    expect(describeUploadDeadline(UPLOAD_DEADLINE)).toBe(
      '120 s, plus 1 s for every 100 KiB of the file, at most 180 min',
    );
  });
});

describe('the upload order', () => {
  it('puts wheels first and keeps the order otherwise', () => {
    const files = [
      'd-1.0.tar.gz',
      'd-1.0-cp312-abi3-linux.whl',
      'd-1.0.zip',
      'd-1.0-py3-none-any.WHL',
    ];
    expect(uploadOrder(files.map((filename) => ({ filename }))).map((f) => f.filename)).toEqual([
      'd-1.0-cp312-abi3-linux.whl',
      'd-1.0-py3-none-any.WHL',
      'd-1.0.tar.gz',
      'd-1.0.zip',
    ]);
  });

  it('is the order of the upload plan', () => {
    const local = ['d-1.0.tar.gz', 'd-1.0-py3-none-any.whl'].map((filename) => ({
      filename,
      path: `dist/${filename}`,
      sha256: 'a'.repeat(64),
    }));
    expect(planUploads('PyPI', local, []).upload.map((f) => f.filename)).toEqual([
      'd-1.0-py3-none-any.whl',
      'd-1.0.tar.gz',
    ]);
  });
});
