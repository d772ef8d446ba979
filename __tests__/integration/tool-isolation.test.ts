// pip, twine and the wheel test's Python run outside the workspace with Python's safe path, so a
// `pip.py`, `twine.py` or `sitecustomize.py` committed at the repository's root is never
// imported by them (twine's environment holds the upload token). The build runs in the project
// folder, as it must (it is the project's own backend), with no token in its environment.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { makeRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-isolation-token-0123456789';
const GITHUB_TOKEN = 'ghs_isolationtoken0123456789';

let pypi: PypiServer;
let github: GithubServer;
beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

describe('tools outside the workspace', () => {
  it('imports no pip.py or twine.py from the repository, and builds without tokens', async () => {
    const canaries = await mkdtemp(path.join(tmpdir(), 'pyrelease-tool-canaries-'));
    const canary = (name: string) =>
      `import os, sys, json\nopen(${JSON.stringify(path.join(canaries, name))}, "w").write(json.dumps({**os.environ, "ARGV": " ".join(sys.argv), "CWD": os.getcwd()}))\n`;
    const repo = await makeRepo();
    for (const name of ['pip', 'twine', 'sitecustomize', 'usercustomize', 'build_canary']) {
      await repo.write(`${name}.py`, canary(name));
    }
    // The project's own backend: hatchling, after noting the environment it was given.
    await repo.write('recording_backend.py', `${canary('backend')}from hatchling.build import *\n`);
    await repo.edit(
      'pyproject.toml',
      'build-backend = "hatchling.build"',
      'build-backend = "recording_backend"\nbackend-path = ["."]',
    );
    repo.commitAll('Files named like the tools');
    repo.git('push', '--quiet', 'origin', 'main');
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release v0.1.15');
    repo.git('push', '--quiet', 'origin', 'v0.1.15');

    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v0.1.15',
      payload: { repository: { default_branch: 'main' } },
      env: { GITHUB_API_URL: github.url, PYTHONPATH: repo.dir },
      inputs: {
        builder: 'build',
        'build-isolation': 'false',
        python: '/usr/bin/python3',
        'repository-url': pypi.uploadUrl,
        'pypi-token': PYPI_TOKEN,
        'github-token': GITHUB_TOKEN,
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(pypi.requests.filter((request) => request.method === 'POST')).toHaveLength(2);
    // pip and twine never imported the repository's files.
    expect(existsSync(path.join(canaries, 'pip'))).toBe(false);
    expect(existsSync(path.join(canaries, 'twine'))).toBe(false);
    // What did run from the repository (its backend; sitecustomize through the workflow's
    // PYTHONPATH) ran in the build, in the project folder, with no token in its environment.
    const fired = (await readdir(canaries)).sort();
    expect(fired).toContain('backend');
    for (const name of fired) {
      const seen = JSON.parse(await readFile(path.join(canaries, name), 'utf8')) as Record<
        string,
        string
      >;
      expect(seen.CWD, name).toBe(await realpath(repo.dir));
      const values = Object.values(seen).join('\n');
      expect(values, name).not.toContain(PYPI_TOKEN);
      expect(values, name).not.toContain(GITHUB_TOKEN);
      expect(Object.keys(seen).filter((key) => key.startsWith('INPUT_'))).toEqual([]);
    }
  });
});
