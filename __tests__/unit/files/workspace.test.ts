import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { fileSystemReader } from '../../../src/files/workspace.js';

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
    expect((await refusal(() => reader.read('src'))).title).toBe('Unreadable file');
  });
});
