// Releases killed half-way (SIGKILL to the action and its tools, as a cancelled job ends), then
// run again: against an index with PyPI's JSON API and one with only the simple API, each re-run
// ends with each file on the index exactly once.
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ActionRun } from '../helpers/action.js';
import { eachFileOnce, releaseRun, taggedRepo } from '../helpers/publish.js';
import { startPypiServer, type PypiServer, type Serves } from '../../servers/pypi.js';

const TOKEN = 'pypi-half-finished-0123456789';
const TEST_TOKEN = 'pypi-half-finished-test-0123456789';

/** Starts a release and kills it (with its twine) once `index` holds `held` uploads open. */
async function killWhenHeld(
  start: (spawned: (child: ChildProcess) => void) => Promise<ActionRun>,
  index: PypiServer,
): Promise<ActionRun> {
  let child: ChildProcess | undefined;
  const running = start((spawned) => (child = spawned));
  await Promise.race([index.waitForHeld(1), running]);
  expect(index.held, 'the upload was held open').toBe(1);
  process.kill(-child!.pid!, 'SIGKILL');
  return running;
}

describe.concurrent.each<{ serves: Serves; duplicates: 'pypi' | 'pypiserver' }>([
  { serves: 'pypi', duplicates: 'pypi' },
  { serves: 'simple-html', duplicates: 'pypiserver' },
])('an index serving $serves', { timeout: 300_000 }, ({ serves, duplicates }) => {
  it('killed after the build, before anything was uploaded; the re-run publishes it all', async () => {
    const pypi = await startPypiServer({ token: TOKEN, serves, duplicates });
    try {
      const repo = await taggedRepo();
      // The question which files the index has comes after build, inspection and wheel test.
      pypi.faults.push({ on: 'query', kind: 'hang' });
      const inputs = { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN };
      const killed = await killWhenHeld((onSpawn) => releaseRun(repo, inputs, {}, onSpawn), pypi);
      expect(killed.exitCode).toBe(137);
      expect(pypi.files).toEqual([]);

      const again = await releaseRun(repo, inputs);
      expect(again.exitCode, again.stdout).toBe(0);
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
      expect(pypi.files).toHaveLength(2);
    } finally {
      await pypi.close();
    }
  });

  it('killed after the first of two files reached the index; the re-run uploads the second', async () => {
    const pypi = await startPypiServer({ token: TOKEN, serves, duplicates });
    try {
      const repo = await taggedRepo();
      // The wheel goes first, so an interrupted release leaves an installable file; the sdist's
      // upload is held open, never answered.
      pypi.faults.push({ on: 'upload', kind: 'hang', filename: /\.tar\.gz$/ });
      const inputs = { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN };
      const killed = await killWhenHeld((onSpawn) => releaseRun(repo, inputs, {}, onSpawn), pypi);
      expect(killed.exitCode).toBe(137);
      expect(pypi.files.map((file) => file.filename)).toEqual([
        'hello_pyrelease-0.1.15-py3-none-any.whl',
      ]);

      const again = await releaseRun(repo, inputs);
      expect(again.exitCode, again.stdout).toBe(0);
      expect(
        again.annotations
          .filter((a) => a.properties.title === 'Already uploaded')
          .map((a) => a.message),
      ).toEqual([expect.stringContaining('hello_pyrelease-0.1.15-py3-none-any.whl')]);
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
    } finally {
      await pypi.close();
    }
  });

  it('killed after the TestPyPI upload; the re-run skips TestPyPI and uploads to the index', async () => {
    const [test, main] = await Promise.all([
      startPypiServer({ token: TEST_TOKEN, serves, duplicates }),
      startPypiServer({ token: TOKEN, serves, duplicates }),
    ]);
    try {
      const repo = await taggedRepo();
      main.faults.push({ on: 'upload', kind: 'hang' });
      const inputs = {
        testpypi: 'true',
        'testpypi-url': test.uploadUrl,
        'testpypi-token': TEST_TOKEN,
        'repository-url': main.uploadUrl,
        'pypi-token': TOKEN,
      };
      const killed = await killWhenHeld((onSpawn) => releaseRun(repo, inputs, {}, onSpawn), main);
      expect(killed.exitCode).toBe(137);
      expect(test.files).toHaveLength(2);
      expect(main.files).toEqual([]);

      const again = await releaseRun(repo, inputs);
      expect(again.exitCode, again.stdout).toBe(0);
      expect(
        again.annotations.filter((a) => a.properties.title === 'Already uploaded'),
      ).toHaveLength(2);
      expect(await eachFileOnce(test, repo)).toEqual([]);
      expect(await eachFileOnce(main, repo)).toEqual([]);
    } finally {
      await Promise.all([test.close(), main.close()]);
    }
  });
});
