import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '../../../src/artifacts/archive-checks.js';
import { mapLimited } from '../../../src/artifacts/map-limited.js';
import { handleStream, openRegularFile } from '../../../src/artifacts/regular-file.js';
import { UserError } from '../../../src/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-regular-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(action: () => Promise<unknown>): Promise<UserError> {
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof UserError) return error;
  throw new Error(`expected a UserError, got ${String(error)}`);
}

describe('openRegularFile', () => {
  it('opens a regular file and a link to one, and streams a range of it', async () => {
    await writeFile(path.join(dir, 'a.txt'), '0123456789');
    await symlink('a.txt', path.join(dir, 'link.txt'));
    const { handle, size } = await openRegularFile(path.join(dir, 'link.txt'));
    expect(size).toBe(10);
    const chunks: Buffer[] = [];
    for await (const chunk of handleStream(handle, 2, 7)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('23456');
    // The stream leaves the handle open for its owner.
    expect((await handle.stat()).size).toBe(10);
    await handle.close();
  });

  it('refuses a FIFO without blocking, and a device, naming them', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.whl')]);
    const fifo = await refusal(() => openRegularFile(path.join(dir, 'pipe.whl'), 'pipe.whl'));
    expect(fifo.message).toMatch(/^pipe\.whl is a FIFO, not a regular file/);
    const zero = await refusal(() => sha256File('/dev/zero', 'zero.tar.gz'));
    expect(zero.message).toMatch(/^zero\.tar\.gz is a character device, not a regular file/);
  });
});

describe('mapLimited', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const doubled = await mapLimited(
      Array.from({ length: 50 }, (_, i) => i),
      async (i) => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        return i * 2;
      },
      4,
    );
    expect(doubled).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(most).toBe(4);
  });
});
