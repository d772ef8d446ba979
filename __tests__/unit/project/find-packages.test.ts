import { describe, expect, it } from 'vitest';
import { findPackages, holdsProject, runPackages } from '../../../src/project/find-packages.js';
import { listingReader } from '../../helpers/listing.js';

const project = (name: string, version = '1.0.0') =>
  `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "${name}"\nversion = "${version}"\n`;

describe('holdsProject', () => {
  it('takes a pyproject.toml that only configures tools for no project', async () => {
    const reader = listingReader({
      'pyproject.toml':
        '[tool.ruff]\nline-length = 100\n\n[tool.uv.workspace]\nmembers = ["libs/*"]\n',
    });
    expect(await holdsProject(reader, '')).toBe(false);
  });

  it('takes the root of a uv workspace that uv does not build for no project', async () => {
    const roots = [
      '[project]\nname = "mono"\nversion = "0.0.0"\n\n[tool.uv]\npackage = false\n',
      '[project]\nname = "mono.workspace"\nversion = "0.1+private"\n\n[tool.uv]\npackage = true\n\n[tool.uv.workspace]\nmembers = ["a", "b"]\n',
      '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[tool.pytest.ini_options]\naddopts = "-ra"\n',
    ];
    for (const text of roots) {
      expect(await holdsProject(listingReader({ 'pyproject.toml': text }), ''), text).toBe(false);
    }
    const built =
      '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "root"\nversion = "1.0"\n\n[tool.uv.workspace]\nmembers = ["libs/*"]\n';
    expect(await holdsProject(listingReader({ 'pyproject.toml': built }), '')).toBe(true);
  });

  it('takes [project], [tool.poetry], a build backend, setup.py or setup.cfg for one', async () => {
    const layouts: Record<string, string>[] = [
      { 'pyproject.toml': project('a') },
      { 'pyproject.toml': '[tool.poetry]\nname = "a"\nversion = "1.0"\n' },
      { 'pyproject.toml': '[tool.black]\n', 'setup.py': 'from setuptools import setup\nsetup()\n' },
      { 'setup.cfg': '[metadata]\nname = a\n' },
      { 'pyproject.toml': 'this is [ not toml' },
    ];
    for (const files of layouts) {
      expect(await holdsProject(listingReader(files), ''), JSON.stringify(files)).toBe(true);
    }
  });
});

describe('findPackages', () => {
  it('finds the packages of a repository without a project at its root, with their names', async () => {
    const reader = listingReader({
      'pyproject.toml': '[tool.ruff]\n',
      'README.md': '# Mono\n',
      'libs/core/pyproject.toml': project('acme-core'),
      'libs/core/tests/data/pyproject.toml': project('fixture'),
      'libs/partners/openai/pyproject.toml': project('acme-openai'),
      'packages/cli/setup.py':
        'from setuptools import setup\nsetup(name="acme-cli", version="2.0")\n',
      'docs/pyproject.toml': project('docs-site'),
      'examples/demo/pyproject.toml': project('demo'),
      '.github/actions/x/pyproject.toml': project('hidden'),
    });
    expect(await findPackages(reader)).toEqual([
      { dir: 'libs/core', name: 'acme-core' },
      { dir: 'packages/cli', name: 'acme-cli' },
      { dir: 'libs/partners/openai', name: 'acme-openai' },
    ]);
  });

  it('finds none when the root holds a project', async () => {
    const reader = listingReader({
      'pyproject.toml': project('single'),
      'plugins/extra/pyproject.toml': project('extra'),
    });
    expect(await findPackages(reader)).toEqual([]);
  });
});

describe('runPackages beside a project at the root', () => {
  // pypa/hatch's layout: hatch at the root, hatchling in backend/, each tagged by its name.
  const reader = listingReader({
    'pyproject.toml': project('hatch'),
    'backend/pyproject.toml': project('hatchling'),
  });
  const inputs = { packages: [], workingDirectory: '.' };

  it('lets a tag that names the subfolder package pick it', async () => {
    const packages = await runPackages(reader, inputs, {
      tag: 'hatchling-v1.32.0',
      repository: 'pypa/hatch',
    });
    expect(packages.map((entry) => entry.dir)).toEqual(['.', 'backend']);
  });

  it("keeps the root's project for its own tags, tags of no name, and runs without a tag", async () => {
    for (const tag of ['hatch-v1.14.0', 'v1.14.0', 'unrelated-v1.0.0', undefined]) {
      expect(await runPackages(reader, inputs, { tag, repository: 'pypa/hatch' }), tag).toEqual([]);
    }
  });
});
