// Faults of the index, through the bundled action: for each fault (503 before or after storing
// the file, 429 with retry-after, an upload that never gets an answer, a dropped connection, an
// index nobody answers at) and each kind of index (PyPI's JSON API, the simple API as PEP 691
// JSON, as PEP 503 HTML only), the exit code and the message, and a re-run that ends with each
// file on the index exactly once.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { errorOf, eachFileOnce, releaseRun, taggedRepo } from '../helpers/publish.js';
import type { ActionRun } from '../helpers/action.js';
import {
  startPypiServer,
  type FaultKind,
  type PypiServer,
  type Serves,
} from '../../servers/pypi.js';

const TOKEN = 'pypi-index-faults-0123456789';
const FLAVOURS: { serves: Serves; duplicates: 'pypi' | 'pypiserver' }[] = [
  { serves: 'pypi', duplicates: 'pypi' },
  { serves: 'simple-json', duplicates: 'pypi' },
  // pypiserver: HTML only, and a second upload of a name is a 409.
  { serves: 'simple-html', duplicates: 'pypiserver' },
];

/** The statuses the index answered uploads with, in order. */
const uploads = (pypi: PypiServer) =>
  pypi.requests.filter((r) => r.method === 'POST' && r.path === '/legacy/').map((r) => r.status);

/**
 * What the first run shows when the first upload meets the fault. twine itself sends an upload
 * again after a 5xx (up to 5 times); everything else pyrelease handles: it asks the index, and
 * uploads again only what is not there.
 */
const FAULTS: {
  kind: FaultKind;
  retryAfter?: string;
  shows: (run: ActionRun, pypi: PypiServer, duplicates: 'pypi' | 'pypiserver') => void;
}[] = [
  {
    kind: '503-before',
    shows: (_run, pypi) => expect(uploads(pypi)).toEqual([503, 200, 200]),
  },
  {
    kind: '503-after',
    shows: (run, pypi, duplicates) => {
      if (duplicates === 'pypi') {
        // Warehouse accepts an identical re-upload, so twine's own retry succeeds.
        expect(uploads(pypi)).toEqual([503, 200, 200]);
      } else {
        // pypiserver refuses it (409); the index is asked, and has the identical file.
        expect(uploads(pypi)).toEqual([503, 409, 200]);
        expect(run.stdout).toMatch(
          /twine reported a failure uploading .*, but .* has the identical file/,
        );
        expect(run.annotations.map((a) => a.properties.title)).toContain(
          'Uploaded despite an error',
        );
      }
    },
  },
  {
    kind: '429',
    retryAfter: '1',
    shows: (run, pypi) => {
      expect(run.stdout).toMatch(
        /failed \(HTTP 429 Too Many Requests\) and the index does not have it; trying again/,
      );
      expect(uploads(pypi)).toEqual([429, 200, 200]);
    },
  },
  {
    kind: 'hang',
    shows: (run) =>
      expect(run.stdout).toMatch(
        /failed \(twine was stopped: the upload did not end within 15 s \(its deadline: 15 s, plus 1 s for every 100 KiB of the file, at most 180 min\)\.\) and the index does not have it; trying again/,
      ),
  },
  {
    kind: 'drop',
    shows: (run) =>
      expect(run.stdout).toMatch(
        /failed \(connection error: .*\) and the index does not have it; trying again/,
      ),
  },
];

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.concurrent.each(FLAVOURS)(
  'an index serving $serves',
  { timeout: 300_000 },
  ({ serves, duplicates }) => {
    for (const fault of FAULTS) {
      it(`${fault.kind} on the first upload: completed, and a re-run changes nothing`, async () => {
        const pypi = await startPypiServer({ token: TOKEN, serves, duplicates });
        try {
          const repo = await taggedRepo();
          pypi.faults.push({ on: 'upload', kind: fault.kind, retryAfter: fault.retryAfter });
          const inputs = { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN };
          const first = await releaseRun(repo, inputs);
          expect(first.exitCode, first.stdout).toBe(0);
          fault.shows(first, pypi, duplicates);
          expect(pypi.faults).toEqual([]); // the fault was met
          expect(await eachFileOnce(pypi, repo)).toEqual([]);

          const again = await releaseRun(repo, inputs);
          expect(again.exitCode, again.stdout).toBe(0);
          expect(
            again.annotations.filter((a) => a.properties.title === 'Already uploaded'),
          ).toHaveLength(2);
          expect(await eachFileOnce(pypi, repo)).toEqual([]);
        } finally {
          await pypi.close();
        }
      });
    }

    it('an index nobody answers at: stopped before any upload, and a re-run completes', async () => {
      const pypi = await startPypiServer({ token: TOKEN, serves, duplicates });
      try {
        const repo = await taggedRepo();
        const down = `http://127.0.0.1:${await closedPort()}/legacy/`;
        const first = await releaseRun(repo, { 'repository-url': down, 'pypi-token': TOKEN });
        expect(first.exitCode).toBe(1);
        expect(errorOf(first)).toMatchObject({ title: 'Index unreachable' });
        expect(errorOf(first)?.message).toContain('the connection was refused');
        expect(errorOf(first)?.message).toContain('(4 attempts)');
        expect(errorOf(first)?.message).toContain('Nothing was uploaded');

        const again = await releaseRun(repo, {
          'repository-url': pypi.uploadUrl,
          'pypi-token': TOKEN,
        });
        expect(again.exitCode, again.stdout).toBe(0);
        expect(await eachFileOnce(pypi, repo)).toEqual([]);
      } finally {
        await pypi.close();
      }
    });

    it('an index that stops answering queries: a clear timeout, nothing uploaded, a re-run completes', async () => {
      const pypi = await startPypiServer({ token: TOKEN, serves, duplicates });
      try {
        const repo = await taggedRepo();
        for (let i = 0; i < 4; i++) pypi.faults.push({ on: 'query', kind: 'hang' });
        const inputs = { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN };
        const first = await releaseRun(repo, inputs);
        expect(first.exitCode).toBe(1);
        expect(errorOf(first)).toMatchObject({ title: 'Index unreachable' });
        expect(errorOf(first)?.message).toMatch(/no answer within 3 s \(4 attempts\)/);
        expect(pypi.files).toEqual([]);

        const again = await releaseRun(repo, inputs);
        expect(again.exitCode, again.stdout).toBe(0);
        expect(await eachFileOnce(pypi, repo)).toEqual([]);
      } finally {
        await pypi.close();
      }
    });
  },
);
