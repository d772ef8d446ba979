import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { fileSystemReader } from '../../../src/files/workspace.js';
import { READ_LIMITS } from '../../../src/files/read-limits.js';

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-ws-'));
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'real.toml'), 'x = 1\n');
  await symlink('real.toml', path.join(dir, 'inside.toml'));
  await symlink('/etc/passwd', path.join(dir, 'pyproject.toml'));
  await symlink('/proc/self/environ', path.join(dir, 'src/version.py'));
  await symlink('../../outside', path.join(dir, 'src/up.py'));
  await symlink('missing.toml', path.join(dir, 'dangling.toml'));
  return dir;
}

async function refusal(read: () => Promise<unknown>): Promise<UserError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('read was not refused');
}

describe('fileSystemReader', () => {
  it('refuses a TOML file that is not UTF-8, naming its file and line; keeps a BOM', async () => {
    const dir = await workspace();
    await writeFile(
      path.join(dir, 'latin.toml'),
      Buffer.concat([
        Buffer.from('[project]\nname = "p"\n'),
        Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
      ]),
    );
    await writeFile(path.join(dir, 'bom.toml'), '\uFEFFx = "é"\n');
    const reader = fileSystemReader(dir);
    const error = await refusal(() => reader.read('latin.toml'));
    expect(error.title).toBe('Not UTF-8');
    expect(error.message).toContain('latin.toml is not UTF-8 text (line 3)');
    expect(error.location).toEqual({ file: 'latin.toml', line: 3 });
    expect(await reader.read('bom.toml')).toBe('\uFEFFx = "é"\n');
  });

  it('reads files and links that stay inside the workspace', async () => {
    const reader = fileSystemReader(await workspace());
    expect(await reader.read('real.toml')).toBe('x = 1\n');
    expect(await reader.read('inside.toml')).toBe('x = 1\n');
    expect(await reader.read('absent.toml')).toBeUndefined();
  });
  it.each(['pyproject.toml', 'src/version.py', 'src/up.py'])(
    'refuses %s, a link out of the workspace, naming it',
    async (file) => {
      const reader = fileSystemReader(await workspace());
      const error = await refusal(() => reader.read(file));
      expect(error.location?.file).toBe(file);
      expect(error.message).toContain(file);
    },
  );
  it('refuses a dangling link and a directory', async () => {
    const reader = fileSystemReader(await workspace());
    expect((await refusal(() => reader.read('dangling.toml'))).location?.file).toBe(
      'dangling.toml',
    );
    const directory = await refusal(() => reader.read('src'));
    expect(directory.title).toBe('Not a file');
    expect(directory.message).toContain('src is a directory');
  });

  it('refuses every spelling of a path into .git, before anything is read', async () => {
    const dir = await workspace();
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git/config'), 'extraheader = AUTHORIZATION: basic c2VjcmV0\n');
    await mkdir(path.join(dir, 'sub/.GIT'), { recursive: true });
    await writeFile(path.join(dir, 'sub/.GIT/config'), 'x\n');
    const reader = fileSystemReader(dir);
    for (const file of [
      '.git/config',
      'sub/.GIT/config',
      'docs/../.git/config',
      '.git',
      '.Git./x',
    ]) {
      const error = await refusal(() => reader.read(file));
      expect(error.title, file).toBe('File in .git');
      expect(error.message).not.toContain('c2VjcmV0');
    }
    await expect(reader.list!('.git')).rejects.toThrow(/\.git folder/);
  });

  it('refuses a link into .git and a path that climbs out of the workspace', async () => {
    const dir = await workspace();
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git/config'), 'secret\n');
    await symlink('../.git/config', path.join(dir, 'src/_version.py'));
    await symlink('.git', path.join(dir, 'meta'));
    const reader = fileSystemReader(dir);
    expect((await refusal(() => reader.read('src/_version.py'))).message).toContain(
      'src/_version.py is a symbolic link into the .git folder',
    );
    expect((await refusal(() => reader.read('meta/config'))).title).toBe('File in .git');
    const climb = await refusal(() => reader.read('../../etc/passwd'));
    expect(climb.message).toContain('../../etc/passwd points outside the repository.');
    expect(climb.message).not.toContain('symbolic link');
  });

  it('refuses a FIFO, a socket or a device at once, and a file over its limit', async () => {
    const dir = await workspace();
    execFileSync('mkfifo', [path.join(dir, 'fifo.py')]);
    await symlink('/dev/zero', path.join(dir, 'zero.py'));
    await writeFile(path.join(dir, 'big.py'), Buffer.alloc(READ_LIMITS.text + 1, 0x23));
    const reader = fileSystemReader(dir);
    expect((await refusal(() => reader.read('fifo.py'))).message).toContain(
      'fifo.py is a named pipe (FIFO), not a file',
    );
    // /dev/zero is outside the workspace: refused as such before its kind matters.
    expect((await refusal(() => reader.read('zero.py'))).title).toBe('File outside the repository');
    const big = await refusal(() => reader.read('big.py'));
    expect(big.title).toBe('File too large');
    expect(big.message).toContain('big.py is 4.0 MiB, more than the 4.0 MiB');
    // A changelog may be larger.
    expect((await reader.readBytes!('big.py'))?.length).toBe(READ_LIMITS.text + 1);
    expect((await refusal(() => reader.readBytes!('big.py', 10))).title).toBe('File too large');
  });
});
