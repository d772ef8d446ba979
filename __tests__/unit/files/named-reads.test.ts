import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { namedWhere, namingReader } from '../../../src/files/named-reads.js';
import { RefusedRead, refusedPath } from '../../../src/files/read-limits.js';
import type { FileReader } from '../../../src/files/file-reader.js';

const PYPROJECT = {
  file: 'pkg/pyproject.toml',
  text: '[project]\nname = "p"\n\n[tool.hatch.version]\npath = ".git/config"\n',
};

describe('namedWhere', () => {
  it('tells a refused read at the line that names the path', () => {
    const error = namedWhere(
      refusedPath('pkg/.git/config', 'git'),
      ['pkg/.git/config', '.git/config'],
      [PYPROJECT],
    );
    expect(error).toBeInstanceOf(RefusedRead);
    expect((error as UserError).location).toEqual({ file: 'pkg/pyproject.toml', line: 5 });
    expect((error as UserError).message).toMatch(
      /^pkg\/pyproject\.toml line 5 names \.git\/config: pkg\/\.git\/config is in the \.git folder/,
    );
  });

  it('leaves other errors, and a path no configuration writes, as they are', () => {
    const other = new UserError('x', 'Other', { file: 'a' });
    expect(namedWhere(other, ['a'], [PYPROJECT])).toBe(other);
    const refused = refusedPath('../x', 'outside');
    expect(namedWhere(refused, ['../x'], [PYPROJECT])).toBe(refused);
  });
});

describe('namingReader', () => {
  it('names the line for reads, listings and bytes, from the project folder', async () => {
    const refusing: FileReader = {
      read: (path) => Promise.reject(refusedPath(path, 'git')),
      list: (dir) => Promise.reject(refusedPath(dir, 'git')),
      readBytes: (path) => Promise.reject(refusedPath(path, 'git')),
    };
    const reader = namingReader(refusing, () => [PYPROJECT], 'pkg');
    for (const call of [
      reader.read('pkg/.git/config'),
      reader.list!('pkg/.git/config'),
      reader.readBytes!('pkg/.git/config'),
    ]) {
      await expect(call).rejects.toMatchObject({
        location: { file: 'pkg/pyproject.toml', line: 5 },
      });
    }
  });
});
