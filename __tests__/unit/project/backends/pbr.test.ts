// pbr: the version is the git tag, as with setuptools-scm, and the note names pbr.
import { describe, expect, it } from 'vitest';
import { loadProject, type Project } from '../../../../src/project/project.js';
import { memoryReader } from '../../../helpers/memory.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

async function load(files: Record<string, string>): Promise<Project> {
  return loadProject(memoryReader(files), { dir: '', changelog: '', versionFiles: [] });
}

const PBR_SETUP = lines(
  'import setuptools',
  '',
  "setuptools.setup(setup_requires=['pbr>=2.0.0'], pbr=True)",
);
const CFG = lines('[metadata]', 'name = oslo.widgets', 'summary = Placeholder');

describe('pbr', () => {
  it('takes the tag as the version with pbr=True and no version in setup.cfg', async () => {
    const project = await load({ 'setup.py': PBR_SETUP, 'setup.cfg': CFG });
    expect(project.name).toBe('oslo.widgets');
    expect(project.origin).toEqual({
      kind: 'tag',
      backend: 'pbr',
      how: 'pbr=True in setup.py (line 3)',
      location: { file: 'setup.py', line: 3 },
    });
    expect(project.primary).toBeUndefined();
    expect(project.notes).toContain(
      'The version comes from the git tag (pbr: pbr=True in setup.py (line 3)); the tag is checked as the version, and the release proves it on the built METADATA.',
    );
  });

  it('takes the tag with build-backend = "pbr.build" and a dynamic version', async () => {
    const project = await load({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["pbr>=6.1.1"]',
        'build-backend = "pbr.build"',
        '',
        '[project]',
        'name = "oslo.widgets"',
        'dynamic = ["version", "dependencies"]',
      ),
      'setup.py': PBR_SETUP,
      'setup.cfg': CFG,
    });
    expect(project.origin).toMatchObject({
      kind: 'tag',
      backend: 'pbr',
      how: 'build-backend = "pbr.build"',
      location: { file: 'pyproject.toml', line: 3 },
    });
  });

  it('reads setup.cfg’s version when pbr is given one (pre-versioning)', async () => {
    const project = await load({ 'setup.py': PBR_SETUP, 'setup.cfg': CFG + 'version = 3.1.0\n' });
    expect(project.origin.kind).toBe('file');
    expect(project.primary).toMatchObject({ file: 'setup.cfg', value: '3.1.0' });
  });
});
