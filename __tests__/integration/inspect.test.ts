// The dist inspection on what a real build backend writes: the example built by Debian's
// python3 -m build (hatchling), then variants of the project that must each be reported.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectOptions } from '../../src/artifacts/archive-checks.js';
import { inspectDist } from '../../src/artifacts/inspect.js';
import { parseCoreMetadata } from '../../src/artifacts/metadata.js';
import { declaredLicenseFiles } from '../../src/project/license-files.js';
import { parseToml } from '../../src/project/pyproject.js';
import { tarGzMembers, zipMembers } from '../helpers/archives.js';
import { EXAMPLE } from '../helpers/repo.js';

const PYTHON = '/usr/bin/python3';

let scratch: string;
let dist: string;

/** Copies the example, lets `change` edit the copy, builds it and returns the dist folder. */
async function build(name: string, change?: (project: string) => Promise<void>): Promise<string> {
  const project = path.join(scratch, name);
  const outdir = path.join(scratch, `${name}-dist`);
  await cp(EXAMPLE, project, {
    recursive: true,
    filter: (src) => !/(^|\/)(dist|build|__pycache__)$/.test(src) || src === EXAMPLE,
  });
  await change?.(project);
  execFileSync(
    PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', outdir, project],
    { stdio: 'pipe' },
  );
  return outdir;
}

function options(distDir: string): InspectOptions {
  return {
    distDir,
    projectName: 'hello-pyrelease',
    version: '0.1.15',
    importName: 'hello_pyrelease',
    expectLicense: true,
    readme: 'README.md',
  };
}

async function artifact(distDir: string, suffix: string): Promise<string> {
  const names = (await readdir(distDir)).filter((name) => name.endsWith(suffix));
  expect(names).toHaveLength(1);
  return path.join(distDir, names[0]!);
}

function python(script: string, ...args: string[]): unknown {
  return JSON.parse(execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' }));
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-inspect-'));
  dist = await build('example');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('inspectDist on real builds', () => {
  it('finds no problem in the example and hashes as sha256sum does', async () => {
    const result = await inspectDist(options(dist));
    expect(result.problems).toEqual([]);
    const wheel = await artifact(dist, '.whl');
    const sdist = await artifact(dist, '.tar.gz');
    expect(path.basename(sdist)).toBe('hello_pyrelease-0.1.15.tar.gz');
    expect(path.basename(wheel)).toMatch(/^hello_pyrelease-0\.1\.15-[^-]+-none-any\.whl$/);
    const sums = execFileSync('sha256sum', [sdist, wheel], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    expect([result.sdist?.sha256, result.wheel?.sha256]).toEqual(sums);
    expect(result.sdist?.size).toBe((await readFile(sdist)).length);
    expect(result.wheel?.size).toBe((await readFile(wheel)).length);
    expect(result.wheel?.metadataVersion).toMatch(/^\d+\.\d+$/);
    expect(result.sdist?.metadataVersion).toBe(result.wheel?.metadataVersion);
  });

  it("reads the same entries and metadata as Python's zipfile, tarfile and email parser", async () => {
    const wheel = await artifact(dist, '.whl');
    const sdist = await artifact(dist, '.tar.gz');
    const reference = python(
      [
        'import email, json, sys, tarfile, zipfile',
        'z = zipfile.ZipFile(sys.argv[1])',
        'm = email.message_from_bytes(z.read("hello_pyrelease-0.1.15.dist-info/METADATA"))',
        'names = sorted(m for m in tarfile.open(sys.argv[2]).getnames())',
        'print(json.dumps({"wheel": z.namelist(), "sdist": names, "name": m["Name"],',
        '  "version": m["Version"], "classifiers": m.get_all("Classifier"), "body": m.get_payload()}))',
      ].join('\n'),
      wheel,
      sdist,
    ) as Record<string, unknown>;

    const entries = await zipMembers(wheel);
    expect(entries.map((entry) => entry.name)).toEqual(reference.wheel);
    expect((await tarGzMembers(sdist)).entries.map((entry) => entry.name).sort()).toEqual(
      reference.sdist,
    );
    const metadataEntry = entries.find((entry) => entry.name.endsWith('.dist-info/METADATA'))!;
    const metadata = parseCoreMetadata(metadataEntry.content.toString('utf8'));
    expect({
      name: metadata.name,
      version: metadata.version,
      classifiers: metadata.fields.get('classifier'),
      body: metadata.body,
    }).toEqual({
      name: reference.name,
      version: reference.version,
      classifiers: reference.classifiers,
      body: reference.body,
    });
  });

  it('reports a build whose metadata says another version', async () => {
    const other = await build('other-version', async (project) => {
      const file = path.join(project, 'pyproject.toml');
      const text = await readFile(file, 'utf8');
      expect(text).toContain('version = "0.1.15"');
      await writeFile(file, text.replace('version = "0.1.15"', 'version = "0.1.16"'));
    });
    const result = await inspectDist(options(other));
    // One problem per wrong name and per wrong metadata, nothing that merely follows from them.
    expect(result.problems.map((problem) => problem.title)).toEqual([
      'Wrong sdist file name',
      'Wrong version in metadata',
      'Wrong wheel file name',
      'Wrong version in metadata',
    ]);
    const metadataMessages = result.problems
      .filter((problem) => problem.title === 'Wrong version in metadata')
      .map((problem) => problem.message);
    expect(metadataMessages).toEqual([
      expect.stringMatching(/PKG-INFO says Version: 0\.1\.16; expected 0\.1\.15/),
      expect.stringMatching(/\.dist-info\/METADATA says Version: 0\.1\.16; expected 0\.1\.15/),
    ]);
  });

  it('reports a stray file next to the archives', async () => {
    const copy = path.join(scratch, 'stray-dist');
    await cp(dist, copy, { recursive: true });
    await writeFile(path.join(copy, 'hello_pyrelease-0.1.15.tar.gz.asc'), 'signature');
    await copyFile(path.join(copy, 'hello_pyrelease-0.1.15.tar.gz'), path.join(copy, 'old.zip'));
    const result = await inspectDist(options(copy));
    expect(result.problems).toEqual([
      {
        title: 'Unexpected file in dist',
        message: expect.stringContaining(
          'holds hello_pyrelease-0.1.15.tar.gz.asc, old.zip, which is neither an sdist (.tar.gz) nor a wheel (.whl)',
        ),
      },
    ]);
    expect(result.sdist?.sha256).toBe((await inspectDist(options(dist))).sdist?.sha256);
  });

  it('reports a missing LICENSE when one is expected', async () => {
    const unlicensed = await build('no-license', (project) => rm(path.join(project, 'LICENSE')));
    const result = await inspectDist(options(unlicensed));
    expect(result.problems).toEqual([
      {
        title: 'Missing file in sdist',
        message: expect.stringContaining('lacks a LICENSE file under hello_pyrelease-0.1.15/'),
      },
    ]);
    expect((await inspectDist({ ...options(unlicensed), expectLicense: false })).problems).toEqual(
      [],
    );
  });

  it('asks for the licence files the project declares, and only those', async () => {
    // COPYING instead of LICENSE, declared in the form Debian's hatchling reads.
    const declared = async (name: string, value: string) => {
      const outdir = await build(name, async (project) => {
        await rename(path.join(project, 'LICENSE'), path.join(project, 'COPYING'));
        const file = path.join(project, 'pyproject.toml');
        const text = await readFile(file, 'utf8');
        const license = 'license = { text = "MIT" }\n';
        expect(text).toContain(license);
        await writeFile(file, text.replace(license, `${license}license-files = ${value}\n`));
      });
      const file = path.join(scratch, name, 'pyproject.toml');
      const licenseFiles = declaredLicenseFiles(
        parseToml(await readFile(file, 'utf8'), file),
        undefined,
      );
      return inspectDist({ ...options(outdir), licenseFiles });
    };
    expect((await declared('copying', '{ paths = ["COPYING"] }')).problems).toEqual([]);
    const missing = await declared('copying-notice', '{ globs = ["COPYING", "NOTICE*"] }');
    expect(missing.problems).toEqual([
      {
        title: 'Missing file in sdist',
        message: expect.stringContaining(
          'lacks NOTICE* (named by license-files in pyproject.toml [project]) under hello_pyrelease-0.1.15/',
        ),
      },
    ]);
  });
});
