// The preflight as a whole: file rules, the uploader, the index's state, sizes.
import { describe, expect, it } from 'vitest';
import { pypiPreflight } from '../../../src/pypi-rules/preflight.js';
import { commonPath, licenseFileRefusals } from '../../../src/pypi-rules/license-file-rules.js';
import { twineReach } from '../../../src/pypi-rules/uploader.js';
import { BASE_METADATA, metadata, sdist, wheel, wheelEntries } from './helpers.js';

const NOW = Date.UTC(2026, 11, 5);

function run(files = [sdist(), wheel()], extra: Partial<Parameters<typeof pypiPreflight>[0]> = {}) {
  return pypiPreflight({ project: 'demo', version: '1.0', files, indexes: [], now: NOW, ...extra });
}

describe('pypiPreflight', () => {
  it('passes a good sdist and wheel', () => {
    expect(run()).toEqual({ errors: [], warnings: [] });
  });

  it('refuses platform tags PyPI refuses, linux_x86_64 and pyodide_*', () => {
    const linux = wheel({ filename: 'demo-1.0-cp312-cp312-linux_x86_64.whl' });
    const pyodide = wheel({ filename: 'demo-1.0-cp312-cp312-pyodide_2024_0_wasm32.whl' });
    const { errors } = run([linux, pyodide]);
    expect(errors.map((error) => error.rule.id)).toEqual(['platform-tag', 'platform-tag']);
    expect(errors[0]!.message).toContain("unsupported platform tag 'linux_x86_64'");
    expect(errors[1]!.file).toBe('demo-1.0-cp312-cp312-pyodide_2024_0_wasm32.whl');
  });

  it('warns, not refuses, above the default file size, linking the page to ask', () => {
    const { errors, warnings } = run([wheel({ size: 101 * 1024 * 1024 })]);
    expect(errors).toEqual([]);
    expect(warnings[0]!.message).toContain('https://pypi.org/help/#file-size-limit');
    const project = run([wheel()], {
      indexes: [{ label: 'PyPI', release: [], projectSize: 10 * 1024 ** 3 }],
    });
    expect(project.warnings[0]!.message).toContain('https://pypi.org/help/#project-size-limit');
  });

  it('refuses files the uploader cannot read', () => {
    const { errors } = run([wheel()], {
      uploader: { reach: twineReach('twine version 4.0.2 (pkginfo: 1.8.2)') },
    });
    expect(errors.map((error) => error.rule.id)).toEqual(['uploader-metadata-version']);
  });

  it('refuses an sdist whose License-File is not where PyPI looks', () => {
    const meta = metadata({ ...BASE_METADATA, 'License-File': ['LICENSE', 'NOTICE'] }, 'PKG-INFO');
    const refusals = licenseFileRefusals(sdist({ metadata: meta }));
    expect(refusals.map((refusal) => refusal.message)).toEqual([
      expect.stringContaining(
        'License-File NOTICE does not exist in distribution file demo-1.0.tar.gz at demo-1.0/NOTICE',
      ),
    ]);
  });

  it('refuses a wheel whose License-File is not under dist-info/licenses', () => {
    const meta = metadata({ ...BASE_METADATA, 'License-File': 'LICENSE' }, 'METADATA');
    const missing = wheel({ metadata: meta });
    expect(licenseFileRefusals(missing)[0]!.message).toContain(
      'at demo-1.0.dist-info/licenses/LICENSE',
    );
    const present = wheel({
      metadata: meta,
      entries: wheelEntries([
        { name: 'demo-1.0.dist-info/licenses/LICENSE', size: 1, kind: 'file' },
      ]),
    });
    expect(licenseFileRefusals(present)).toEqual([]);
  });

  it('looks for no License-File below Metadata-Version 2.4, as twine drops it there', () => {
    const old = metadata(
      { ...BASE_METADATA, 'Metadata-Version': '2.1', 'License-File': 'LICENSE' },
      'METADATA',
    );
    expect(licenseFileRefusals(wheel({ metadata: old }))).toEqual([]);
  });

  it('finds the common folder as os.path.commonpath does', () => {
    expect(commonPath(['demo-1.0', 'demo-1.0/PKG-INFO', './demo-1.0/src/x.py'])).toBe('demo-1.0');
    expect(commonPath(['a/b', 'c'])).toBe('');
  });
});
