import { describe, expect, it } from 'vitest';
import { pathRefusal, repoPath } from '../../../src/files/repo-path.js';

describe('repoPath', () => {
  it('joins and resolves parts, keeping a climb above the root so it can be refused', () => {
    expect(repoPath('pkg', './src//a.py')).toBe('pkg/src/a.py');
    expect(repoPath('pkg', '../VERSION')).toBe('VERSION');
    expect(repoPath('pkg', '../../etc/passwd')).toBe('../etc/passwd');
    expect(repoPath('', '../../x')).toBe('../../x');
  });
});

describe('pathRefusal', () => {
  it.each([
    ['.git/config', 'git'],
    ['.GIT/config', 'git'],
    ['a/b/.git/HEAD', 'git'],
    ['.git. /config', 'git'],
    ['.git', 'git'],
    ['../x', 'outside'],
    ['a/../../x', 'outside'],
    ['/etc/passwd', 'outside'],
  ])('refuses %s (%s)', (path, why) => {
    expect(pathRefusal(path)).toBe(why);
  });
  it.each(['src/pkg/__init__.py', '.github/CHANGELOG.md', '.gitignore', 'a/.git-blame/x', ''])(
    'reads %s',
    (path) => {
      expect(pathRefusal(path)).toBeUndefined();
    },
  );
});
