// The diagnosis of versions setuptools-scm and hatch-vcs compute from git. The found versions are
// what setuptools-scm 7.1 printed for each state of a test repository (see the integration test).
import { describe, expect, it } from 'vitest';
import { diagnoseScmVersion } from '../../../src/artifacts/scm-version.js';

describe('diagnoseScmVersion', () => {
  it('a dirty tree at the tag: the next version, .dev0 and a date', () => {
    const found = diagnoseScmVersion('1.2.3', '1.2.4.dev0+gf965b02.d20261129');
    expect(found?.causes).toEqual(['dirty']);
    expect(found?.message).toContain('tracked files had uncommitted changes');
    expect(found?.message).toContain('git status --porcelain');
    expect(found?.message).toContain('PyPI refuses any version with a local part');
    expect(diagnoseScmVersion('1.2.3', '1.2.3+d20260101')?.causes).toEqual(['dirty']);
    expect(diagnoseScmVersion('1.2.3', '1.2.3.post1.dev0+g1a2b3c4.d20260101')?.causes).toEqual([
      'dirty',
    ]);
  });

  it('HEAD past the tag: the distance and the commit built', () => {
    const found = diagnoseScmVersion('1.2.3', '1.2.4.dev3+g1a2b3c4');
    expect(found?.causes).toEqual(['past-tag']);
    expect(found?.message).toContain('the commit built, 1a2b3c4, is 3 commits past the tag');
    expect(found?.message).toContain('build the tagged commit');
    // no-guess-dev and post-release spell the same state differently.
    expect(diagnoseScmVersion('1.2.3', '1.2.3.post1.dev2+g1a2b3c4')?.message).toContain(
      'is 2 commits past the tag',
    );
    expect(diagnoseScmVersion('1.2.3', '1.2.3.post1+g1a2b3c4')?.message).toContain(
      'is 1 commit past the tag',
    );
    expect(diagnoseScmVersion('1.2.3', '1.2.4.dev1+gb9279f8.d20261129')?.causes).toEqual([
      'past-tag',
      'dirty',
    ]);
  });

  it('no tag in the checkout (a shallow clone): 0.1.devN', () => {
    const found = diagnoseScmVersion('1.2.3', '0.1.dev1+gf965b02');
    expect(found?.causes).toEqual(['no-tag']);
    expect(found?.message).toContain('the build saw no tag at all');
    expect(found?.message).toContain('`fetch-depth: 0`');
    expect(diagnoseScmVersion('0.1.0', '0.1.dev12+g1234abcd')?.causes).toEqual(['no-tag']);
  });

  it('an older tag seen instead of the one released', () => {
    const found = diagnoseScmVersion('1.2.3', '1.2.3.dev5+g1a2b3c4');
    expect(found?.causes).toEqual(['older-tag']);
    expect(found?.message).toContain('is 5 commits past an earlier tag');
    expect(found?.message).toContain('`fetch-depth: 0`');
    expect(diagnoseScmVersion('2.0.0rc1', '1.9.1.dev2+g1a2b3c4')?.causes).toEqual(['older-tag']);
  });

  it('pre-release tags: the next guess is the next pre-release', () => {
    expect(diagnoseScmVersion('1.0.0rc1', '1.0.0rc2.dev2+g1a2b3c4')?.causes).toEqual(['past-tag']);
  });

  it('no-local-version builds still give away the .dev number', () => {
    expect(diagnoseScmVersion('1.2.3', '1.2.4.dev3')?.causes).toEqual(['past-tag']);
    expect(diagnoseScmVersion('1.2.3', '1.2.4.dev3')?.message).not.toContain('local part');
  });

  it('says nothing about versions that were simply written wrong', () => {
    expect(diagnoseScmVersion('1.2.3', '1.2.4')).toBeUndefined();
    expect(diagnoseScmVersion('1.2.3', '1.2.3.post0')).toBeUndefined();
    expect(diagnoseScmVersion('1.2.3', '1.2.3')).toBeUndefined();
    expect(diagnoseScmVersion('1.2.3', 'v1.2.3')).toBeUndefined();
    expect(diagnoseScmVersion('1.2.3.dev1', '1.2.3.dev2')).toBeUndefined();
    expect(diagnoseScmVersion('1.2.3', 'not a version')).toBeUndefined();
  });
});
