// Which Metadata-Version each twine reads, and the message when it is too old.
import { describe, expect, it } from 'vitest';
import { twineReach, uploaderRefusal } from '../../../src/pypi-rules/uploader.js';

const DEBIAN =
  'twine version 4.0.2 (importlib-metadata: 4.12.0, keyring: 23.9.3, pkginfo:\n1.8.2, requests: 2.28.1, requests-toolbelt: 0.10.1, urllib3: 1.26.12)';

describe('twineReach', () => {
  it.each([
    [DEBIAN, 'twine 4.0.2 (pkginfo 1.8.2)', '2.2'],
    [
      'twine version 3.4.1 (pkginfo: 1.7.0, requests: 2.25.1)',
      'twine 3.4.1 (pkginfo 1.7.0)',
      '2.1',
    ],
    ['twine version 5.1.1 (pkginfo: 1.12.0)', 'twine 5.1.1 (pkginfo 1.12.0)', undefined],
    ['twine version 6.1.0 (keyring: 25.6.0, packaging: 24.2)', 'twine 6.1.0', '2.4'],
    ['twine version 6.2.0 (packaging: 25.0)', 'twine 6.2.0', '2.4'],
    ['twine version 7.0.0 (packaging: 26.2)', 'twine 7.0.0', '2.5'],
  ])('%s', (output, name, upTo) => {
    expect(twineReach(output)).toMatchObject({ name, upTo });
  });

  it('knows nothing of an answer that is not twine’s', () => {
    expect(twineReach('')).toBeUndefined();
  });
});

describe('uploaderRefusal', () => {
  it('says the uploader is too old, not that the metadata is wrong', () => {
    const refusal = uploaderRefusal(
      twineReach(DEBIAN),
      [
        { filename: 'demo-1.0-py3-none-any.whl', metadataVersion: '2.4' },
        { filename: 'demo-1.0.tar.gz', metadataVersion: '2.2' },
      ],
      'twine on PATH',
    );
    expect(refusal!.rule.id).toBe('uploader-metadata-version');
    expect(refusal!.message).toMatch(
      /^twine 4\.0\.2 \(pkginfo 1\.8\.2\) \(twine on PATH\) reads Metadata-Version up to 2\.2; demo-1\.0-py3-none-any\.whl is 2\.4\. The metadata is fine/,
    );
    expect(refusal!.message).toContain('twine 6.1 or later');
    expect(refusal!.message).not.toMatch(/fix the metadata/i);
  });

  it('asks for twine 7 for Metadata-Version 2.5, and passes what the uploader reads', () => {
    const reach = twineReach('twine version 6.1.0 (packaging: 24.2)');
    const files = [{ filename: 'a.whl', metadataVersion: '2.5' }];
    expect(uploaderRefusal(reach, files)!.message).toContain('twine 7 or later');
    expect(uploaderRefusal(twineReach('twine version 7.0.0'), files)).toBeUndefined();
    expect(
      uploaderRefusal(twineReach('twine version 5.1.1 (pkginfo: 1.12.0)'), files),
    ).toBeUndefined();
  });
});
