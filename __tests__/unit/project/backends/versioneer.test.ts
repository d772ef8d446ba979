// versioneer: the version is the git tag, as with setuptools-scm, and the note names it.
import { describe, expect, it } from 'vitest';
import { loadProject, type Project } from '../../../../src/project/project.js';
import { memoryReader } from '../../../helpers/memory.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

async function load(files: Record<string, string>): Promise<Project> {
  return loadProject(memoryReader(files), { dir: '', changelog: '', versionFiles: [] });
}

describe('versioneer', () => {
  const VERSION_PY = lines(
    'def get_keywords():',
    '    git_refnames = "$Format:%d$"',
    '    git_full = "$Format:%H$"',
  );
  const SETUP = lines(
    'import versioneer',
    'from setuptools import setup',
    'setup(version=versioneer.get_version(), cmdclass=versioneer.get_cmdclass())',
  );

  it('takes the tag as the version with a [versioneer] section in setup.cfg', async () => {
    const project = await load({
      'setup.py': SETUP,
      'setup.cfg': lines(
        '[metadata]',
        'name = widgets',
        '',
        '[versioneer]',
        'VCS = git',
        'versionfile_source = widgets/_version.py',
      ),
      'versioneer.py': '# placeholder\n',
      'widgets/_version.py': VERSION_PY,
    });
    expect(project.origin).toEqual({
      kind: 'tag',
      backend: 'versioneer',
      how: '[versioneer] in setup.cfg; widgets/_version.py holds its git-archive keywords',
      location: { file: 'setup.cfg', line: 4 },
    });
    expect(project.notes.join('\n')).toContain('The version comes from the git tag (versioneer:');
    expect(project.notes.join('\n')).not.toContain('only known after the build');
  });

  it('takes [tool.versioneer] in pyproject.toml, and versioneer.py with its call in setup.py', async () => {
    const pyproject = await load({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["setuptools", "versioneer[toml]"]',
        '',
        '[project]',
        'name = "widgets"',
        'dynamic = ["version"]',
        '',
        '[tool.versioneer]',
        'VCS = "git"',
      ),
      'setup.py': SETUP,
    });
    expect(pyproject.origin).toMatchObject({
      kind: 'tag',
      backend: 'versioneer',
      how: '[tool.versioneer]',
    });
    const bare = await load({
      'setup.py': SETUP,
      'setup.cfg': lines('[metadata]', 'name = w'),
      'versioneer.py': '#\n',
    });
    expect(bare.origin).toMatchObject({
      kind: 'tag',
      how: 'versioneer.get_version() in setup.py (line 3)',
      location: { file: 'setup.py', line: 3 },
    });
  });

  it('leaves a versioneer call without versioneer.py or its configuration as computed', async () => {
    const project = await load({ 'setup.py': SETUP, 'setup.cfg': lines('[metadata]', 'name = w') });
    expect(project.origin.kind).toBe('computed');
  });
});
