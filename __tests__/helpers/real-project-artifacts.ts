// The files a real-project fixture's build would make, for its release's dry run: the fixtures
// hold the facts that decide a release, not the sources a backend builds from. The sdist holds
// every file of the project folder (links followed, as a backend reads them) with PKG-INFO and a
// placeholder for each file the project declares that the fixture leaves out (its readme, its
// licence files, the packages it ships); the wheel is pure Python and holds an empty package per
// import name.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileGlob, globMatches } from '../../src/artifacts/license-globs.js';
import { declaredLicenseFiles } from '../../src/project/license-files.js';
import { parseToml } from '../../src/project/pyproject.js';
import { declaredReadme } from '../../src/project/readme-file.js';
import { makeTarGz, makeZip, type ArchiveMember } from './archives.js';
import type { RealProjectFacts } from './real-projects.js';

/** PEP 625's and the wheel spec's normalised name: `Jinja2` → `jinja2`, `pip-tools` → `pip_tools`. */
function fileName(projectName: string): string {
  return projectName.toLowerCase().replace(/[-_.]+/g, '_');
}

async function projectFiles(root: string, under = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(root, under), { withFileTypes: true })) {
    const relative = path.posix.join(under, entry.name);
    if (entry.name === '.git' || relative === 'facts.json') continue;
    if (entry.isDirectory()) files.push(...(await projectFiles(root, relative)));
    else files.push(relative);
  }
  return files;
}

/** What the project declares and the fixture leaves out: the readme, licence files, packages. */
async function placeholders(
  facts: RealProjectFacts,
  root: string,
  files: readonly string[],
): Promise<string[]> {
  const wanted: string[] = [];
  const pyprojectText = await readFile(path.join(root, 'pyproject.toml'), 'utf8').catch(() => '');
  const pyproject = parseToml(pyprojectText, 'pyproject.toml');
  const readme = declaredReadme(pyproject);
  if (readme && 'file' in readme && !readme.file.startsWith('..')) wanted.push(readme.file);
  const setupCfg = await readFile(path.join(root, 'setup.cfg'), 'utf8').catch(() => undefined);
  for (const pattern of declaredLicenseFiles(pyproject, setupCfg)?.patterns ?? []) {
    const glob = compileGlob(pattern);
    if (!files.some((file) => globMatches(glob, file)))
      wanted.push(pattern.replace(/[[\]*?]/g, ''));
  }
  for (const name of facts.importNames) {
    const sources = [`${name}/__init__.py`, `${name}.py`];
    if (
      !files.some((file) =>
        sources.some((source) => file === source || file.endsWith(`/${source}`)),
      )
    )
      wanted.push(`src/${name}/__init__.py`);
  }
  return wanted.filter((file) => !files.includes(file));
}

function metadata(facts: RealProjectFacts): string {
  return [
    'Metadata-Version: 2.1',
    `Name: ${facts.projectName}`,
    `Version: ${facts.version}`,
    `Summary: ${facts.projectName}, as its fixture describes it.`,
    'Description-Content-Type: text/markdown',
    '',
    `# ${facts.projectName}\n`,
  ].join('\n');
}

function recordLine(name: string, content: Buffer): string {
  const digest = createHash('sha256').update(content).digest('base64url');
  return `${name},sha256=${digest},${content.length}`;
}

/** What the wheel holds for an import name: the module the project keeps (`six.py`), or a package. */
function shipped(name: string, files: readonly string[]): string {
  const module = `${name}.py`;
  const isModule = files.some((file) => file === module || file.endsWith(`/${module}`));
  return isModule ? module : `${name}/__init__.py`;
}

function wheel(facts: RealProjectFacts, projectFiles: readonly string[]): Buffer {
  const info = `${fileName(facts.projectName)}-${facts.version}.dist-info`;
  const files = new Map<string, Buffer>();
  for (const name of facts.importNames) files.set(shipped(name, projectFiles), Buffer.alloc(0));
  files.set(`${info}/METADATA`, Buffer.from(metadata(facts)));
  files.set(
    `${info}/WHEEL`,
    Buffer.from(
      'Wheel-Version: 1.0\nGenerator: fixture\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    ),
  );
  files.set(`${info}/top_level.txt`, Buffer.from(`${facts.importNames.join('\n')}\n`));
  const record = [...files].map(([name, content]) => recordLine(name, content));
  files.set(`${info}/RECORD`, Buffer.from([...record, `${info}/RECORD,,`, ''].join('\n')));
  return makeZip([...files].map(([name, content]) => ({ name, content })));
}

/** Writes the sdist and wheel of the fixture's release into `outDir`; returns their names. */
export async function writeReleaseFiles(
  facts: RealProjectFacts,
  repoDir: string,
  outDir: string,
): Promise<string[]> {
  const root = path.join(repoDir, facts.subdir);
  const top = `${fileName(facts.projectName)}-${facts.version}`;
  const files = await projectFiles(root);
  const members: ArchiveMember[] = [];
  for (const file of files)
    members.push({ name: `${top}/${file}`, content: await readFile(path.join(root, file)) });
  for (const file of await placeholders(facts, root, files))
    members.push({ name: `${top}/${file}`, content: '' });
  members.push({ name: `${top}/PKG-INFO`, content: metadata(facts) });
  const sdist = `${top}.tar.gz`;
  const wheelName = `${top}-py3-none-any.whl`;
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, sdist), makeTarGz(members));
  await writeFile(path.join(outDir, wheelName), wheel(facts, files));
  return [sdist, wheelName];
}
