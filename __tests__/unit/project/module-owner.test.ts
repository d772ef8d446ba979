// Which other package of a repository ships a module: psycopg's layout, where psycopg_pool/
// imports the psycopg package in psycopg/.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileSystemReader } from '../../../src/files/index.js';
import type { FileReader } from '../../../src/files/index.js';
import { packageShipping } from '../../../src/project/module-owner.js';

const PSYCOPG: Record<string, string> = {
  'psycopg/pyproject.toml': '[project]\nname = "psycopg"\nversion = "3.3.4"\n',
  'psycopg/psycopg/__init__.py': '',
  'psycopg_pool/pyproject.toml': '[project]\nname = "psycopg-pool"\nversion = "3.3.1"\n',
  'psycopg_pool/psycopg_pool/__init__.py': 'import psycopg\n',
  'tools/build.py': '',
};
let reader: FileReader;

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'pyrelease-module-owner-'));
  for (const [file, text] of Object.entries(PSYCOPG)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  reader = fileSystemReader(root);
});

describe('packageShipping', () => {
  it("finds the package whose folder holds the module, not the release's own", async () => {
    expect(await packageShipping(reader, 'psycopg', 'psycopg_pool')).toBe('psycopg');
    expect(await packageShipping(reader, 'psycopg_pool', 'psycopg_pool')).toBeUndefined();
  });

  it('says nothing of a module no package ships, or a name that is no module', async () => {
    expect(await packageShipping(reader, 'numpy', 'psycopg_pool')).toBeUndefined();
    expect(await packageShipping(reader, 'build', 'psycopg_pool')).toBeUndefined();
    expect(await packageShipping(reader, '../psycopg', 'psycopg_pool')).toBeUndefined();
  });
});
