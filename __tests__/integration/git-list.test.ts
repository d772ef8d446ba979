// The listings the changelog discovery asks for, from a commit (the base branch of a pull
// request) and from the working tree.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTree } from '../../src/tools/git.js';
import { fileSystemReader } from '../../src/files/workspace.js';
import { makeRepo } from '../helpers/repo.js';

describe('folder listings', () => {
  it('lists a commit’s folders with git ls-tree and the working tree with readdir, alike', async () => {
    const repo = await makeRepo();
    await mkdir(path.join(repo.dir, 'docs', 'deeper'), { recursive: true });
    await repo.write('docs/changelog.rst', 'x\n');
    await repo.write('docs/deeper/a.txt', 'x\n');
    repo.commitAll('docs');
    const fromGit = await listTree(repo.dir, 'HEAD', 'docs');
    expect(fromGit?.sort()).toEqual(['docs/changelog.rst', 'docs/deeper/']);
    expect(await fileSystemReader(repo.dir).list!('docs').then((e) => e?.sort())).toEqual(
      fromGit?.sort(),
    );
    const root = await listTree(repo.dir, 'HEAD', '');
    expect(root).toContain('CHANGELOG.md');
    expect(root).toContain('src/');
    expect(await listTree(repo.dir, 'HEAD', 'no-such-folder')).toEqual([]);
    expect(await fileSystemReader(repo.dir).list!('no-such-folder')).toBeUndefined();
  });
});
