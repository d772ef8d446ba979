// An upload stopped at its deadline: the whole process group is killed (a child the uploader
// started too), the run does not wait for it, and the outcome says why.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { twineUploadFile } from '../../../src/tools/twine.js';

/** Running, not gone nor a zombie waiting for a parent to reap it. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
};

describe.skipIf(process.platform === 'win32')('an upload at its deadline', () => {
  it('is stopped with its process group, at once, and says why', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-upload-'));
    const pidFile = path.join(dir, 'child.pid');
    // A stand-in for `uv tool run twine`: a child holding the output pipes, and a wait.
    const script = `echo uploading; sleep 300 & echo $! > ${JSON.stringify(pidFile)}; wait`;
    const twine = { command: '/bin/sh', baseArgs: ['-c', script, 'twine'] };
    const started = Date.now();
    const result = await twineUploadFile(
      twine,
      'http://127.0.0.1:9/legacy/',
      'dist/demo-1.0.tar.gz',
      { username: '__token__', password: 'x' },
      [],
      { ms: 500, rule: '0 s, plus 1 s for every 100 KiB of the file' },
    );
    const elapsed = Date.now() - started;
    expect(result.timedOut).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.output).toBe(
      'uploading\ntwine was stopped: the upload did not end within 1 s (its deadline: 0 s, plus 1 s for every 100 KiB of the file).',
    );
    // Not the grace period a process holding the pipes would cost.
    expect(elapsed).toBeLessThan(4000);
    const child = Number(await readFile(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(child)).toBe(false);
  });

  it('an upload that ends in time is not stopped', async () => {
    const twine = { command: '/bin/sh', baseArgs: ['-c', 'echo done', 'twine'] };
    const result = await twineUploadFile(
      twine,
      'http://127.0.0.1:9/legacy/',
      'f',
      { username: '__token__', password: 'x' },
      [],
      { ms: 5000 },
    );
    expect(result).toEqual({ ok: true, output: 'done', timedOut: false });
  });
});
