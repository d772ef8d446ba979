// A uv workspace of two hatchling packages, as a monorepo lays it out: a root pyproject.toml
// with `[tool.uv.workspace]`, one root uv.lock shaped like the one uv writes, and each member in
// packages/ with its own changelog, README and licence.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeRepo, type TestRepo } from './repo.js';

export const PACKAGES_INPUT = 'pkg-a-v: packages/pkg-a\npkg-b-v: packages/pkg-b\n';

export const ROOT_LOCK = [
  'version = 1',
  'revision = 3',
  'requires-python = ">=3.9"',
  '',
  '[manifest]',
  'members = [',
  '    "pkg-a",',
  '    "pkg-b",',
  ']',
  '',
  '[[package]]',
  'name = "pkg-a"',
  'version = "0.1.0"',
  'source = { editable = "packages/pkg-a" }',
  '',
  '[[package]]',
  'name = "pkg-b"',
  'version = "0.2.0"',
  'source = { editable = "packages/pkg-b" }',
  'dependencies = [',
  '    { name = "pkg-a" },',
  ']',
  '',
  '[package.metadata]',
  'requires-dist = [{ name = "pkg-a", editable = "packages/pkg-a" }]',
  '',
].join('\n');

function pyproject(name: string, version: string, dependencies: readonly string[]): string {
  const module = name.replace(/-/g, '_');
  return [
    '[build-system]',
    'requires = ["hatchling"]',
    'build-backend = "hatchling.build"',
    '',
    '[project]',
    `name = "${name}"`,
    `version = "${version}"`,
    `description = "The ${name} member of a uv workspace."`,
    'readme = "README.md"',
    'license = { text = "MIT" }',
    'requires-python = ">=3.9"',
    'dependencies = [',
    ...dependencies.map((dependency) => `    "${dependency}",`),
    ']',
    '',
    '[tool.hatch.build.targets.wheel]',
    `packages = ["src/${module}"]`,
    '',
  ].join('\n');
}

function changelog(version: string): string {
  return [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '### Added',
    '- Something new.',
    '',
    `## [${version}] - 2026-01-15`,
    '',
    '### Added',
    '- The first release.',
    '',
  ].join('\n');
}

async function member(
  root: string,
  name: string,
  version: string,
  dependencies: readonly string[],
): Promise<void> {
  const dir = path.join(root, 'packages', name);
  const module = name.replace(/-/g, '_');
  await mkdir(path.join(dir, 'src', module), { recursive: true });
  await Promise.all([
    writeFile(path.join(dir, 'pyproject.toml'), pyproject(name, version, dependencies)),
    writeFile(
      path.join(dir, 'src', module, '__init__.py'),
      `"""${name}."""\n\n__version__ = "${version}"\n`,
    ),
    writeFile(path.join(dir, 'CHANGELOG.md'), changelog(version)),
    writeFile(path.join(dir, 'README.md'), `# ${name}\n\nA member of the workspace.\n`),
    writeFile(path.join(dir, 'LICENSE'), 'MIT License\n\nCopyright (c) 2026 The authors\n'),
  ]);
}

/**
 * The workspace in a repository with a bare origin. With `pin`, pkg-b requires exactly
 * pkg-a==0.1.0 (its wheel then needs pkg-a from an index to install).
 */
export async function workspaceRepo(options: { pin?: boolean } = {}): Promise<TestRepo> {
  const source = await mkdtemp(path.join(tmpdir(), 'pyrelease-uv-workspace-'));
  await member(source, 'pkg-a', '0.1.0', []);
  await member(source, 'pkg-b', '0.2.0', options.pin ? ['pkg-a==0.1.0'] : []);
  await writeFile(
    path.join(source, 'pyproject.toml'),
    '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
  );
  await writeFile(path.join(source, 'uv.lock'), ROOT_LOCK);
  await writeFile(path.join(source, '.gitignore'), 'dist/\n__pycache__/\n');
  return makeRepo(source);
}
