import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listFolder,
  readHandover,
  refuseFilledFolder,
  writeHandover,
} from '../../../src/artifacts/handover-folder.js';
import type { ArtifactInfo } from '../../../src/artifacts/archive-checks.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-handover-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

function artifact(dir: string, filename: string, text: string): ArtifactInfo {
  return {
    path: path.join(dir, filename),
    filename,
    size: Buffer.byteLength(text),
    sha256: sha256(text),
    metadataVersion: '2.4',
  };
}

const identity = {
  schema: 1,
  project: 'x',
  version: '1.0',
  tag: 'v1.0',
  commit: 'c'.repeat(40),
  repository: 'o/x',
  runId: '1',
  runAttempt: '1',
  dryRun: false,
  checks: [],
  wheelTest: 'import x → 1.0',
};

describe('the hand-over folder', () => {
  it('refuses a build folder that holds files, naming them; an absent or empty one is fine', async () => {
    const dir = await folder({ 'old.whl': 'w', 'notes.txt': 'n' });
    await expect(refuseFilledFolder(dir, 'dist')).rejects.toThrow(
      /dist already holds notes\.txt, old\.whl; mode: build writes/,
    );
    await expect(refuseFilledFolder(path.join(dir, 'none'), 'dist')).resolves.toBeUndefined();
    await mkdir(path.join(dir, 'empty'));
    await expect(refuseFilledFolder(path.join(dir, 'empty'), 'dist')).resolves.toBeUndefined();
  });

  it('writes the manifest of what was inspected, beside uv’s .gitignore, and reads it back', async () => {
    const dir = await folder({
      'x-1.0.tar.gz': 'sdist',
      'x-1.0-py3-none-any.whl': 'wheel',
      '.gitignore': '*',
    });
    const released = [
      artifact(dir, 'x-1.0.tar.gz', 'sdist'),
      artifact(dir, 'x-1.0-py3-none-any.whl', 'wheel'),
    ];
    const written = await writeHandover(dir, 'dist', released, identity);
    const text = await readFile(written.file, 'utf8');
    expect(written.digest).toBe(sha256(text));
    expect(written.manifest.files.map((file) => file.name)).toEqual([
      'x-1.0.tar.gz',
      'x-1.0-py3-none-any.whl',
    ]);
    const read = await readHandover(dir, 'dist');
    expect(read.digest).toBe(written.digest);
    expect(read.manifest).toEqual(written.manifest);
    expect(read.entries.map((entry) => entry.name)).toEqual([
      '.gitignore',
      'pyrelease-handover.json',
      'x-1.0-py3-none-any.whl',
      'x-1.0.tar.gz',
    ]);
    // Written once: a second manifest is refused.
    await expect(writeHandover(dir, 'dist', released, identity)).rejects.toThrow(
      /is there already/,
    );
  });

  it('refuses to hand over a file changed since its inspection, or one no step made', async () => {
    const dir = await folder({ 'x-1.0-py3-none-any.whl': 'changed', 'extra.whl': 'e' });
    const released = [artifact(dir, 'x-1.0-py3-none-any.whl', 'wheel')];
    await expect(writeHandover(dir, 'dist', released, identity)).rejects.toThrow(
      /x-1\.0-py3-none-any\.whl changed after it was inspected; extra\.whl is not one of the release's files/,
    );
  });

  it('reads no manifest that is missing, a link, a FIFO or too large', async () => {
    const dir = await folder({});
    await expect(readHandover(dir, 'dist')).rejects.toThrow(
      /pyrelease-handover\.json does not exist/,
    );
    await symlink('/etc/passwd', path.join(dir, 'pyrelease-handover.json'));
    await expect(readHandover(dir, 'dist')).rejects.toThrow(/is not a regular file/);
    const fifo = await folder({});
    execFileSync('mkfifo', [path.join(fifo, 'pyrelease-handover.json')]);
    await expect(readHandover(fifo, 'dist')).rejects.toThrow(/is not a regular file/);
    const big = await folder({ 'pyrelease-handover.json': ' '.repeat(1024 * 1024 + 1) });
    await expect(readHandover(big, 'dist')).rejects.toThrow(/more than a manifest/);
    const bad = await folder({ 'pyrelease-handover.json': '{"schema": 1}' });
    await expect(readHandover(bad, 'dist')).rejects.toThrow(
      /cannot be used: its "project" is not a string/,
    );
  });

  it('lists links and FIFOs beside the files without opening them', async () => {
    const dir = await folder({ 'a.whl': 'a' });
    await symlink('/dev/zero', path.join(dir, 'b.whl'));
    execFileSync('mkfifo', [path.join(dir, 'c.whl')]);
    expect(await listFolder(dir)).toEqual([
      { name: 'a.whl', kind: 'file', size: 1, sha256: sha256('a') },
      { name: 'b.whl', kind: 'other' },
      { name: 'c.whl', kind: 'other' },
    ]);
  });
});
