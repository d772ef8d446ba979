// Merged inputs: each new spelling gives the settings the old inputs gave, and an old input a
// workflow still sets applies over it, with one warning naming the new spelling.
import { describe, expect, it } from 'vitest';
import { deprecationWarnings } from '../../../src/run/deprecated-inputs.js';
import { readInputs, type InputName } from '../../../src/run/inputs.js';

function read(given: Partial<Record<InputName, string>>) {
  return readInputs((name) => given[name]);
}

describe('github-release', () => {
  it('defaults to a draft with the files attached and the milestone closed', () => {
    expect(read({})).toMatchObject({
      draft: true,
      attachDist: true,
      closeMilestone: true,
      updatePublishedRelease: false,
      openNextCyclePr: false,
    });
  });

  it('takes words, in any order, with commas or spaces', () => {
    expect(read({ 'github-release': 'publish update-published,next-cycle-pr' })).toMatchObject({
      draft: false,
      attachDist: false,
      closeMilestone: false,
      updatePublishedRelease: true,
      openNextCyclePr: true,
    });
  });

  it('refuses an unknown word and draft with publish', () => {
    expect(() => read({ 'github-release': 'draft, atach-files' })).toThrow(/not "atach-files"/);
    expect(() => read({ 'github-release': 'draft publish' })).toThrow(/both draft and publish/);
  });

  it('gives way to the deprecated inputs a workflow still sets', () => {
    const inputs = read({ draft: 'false', 'attach-dist': 'false', 'close-milestone': 'false' });
    expect(inputs).toMatchObject({ draft: false, attachDist: false, closeMilestone: false });
  });
});

describe('attestations', () => {
  it('adds github to the PEP 740 mode', () => {
    expect(read({ attestations: 'auto, github' })).toMatchObject({
      attestations: 'auto',
      githubAttestations: true,
    });
    expect(read({ attestations: 'false' })).toMatchObject({
      attestations: 'false',
      githubAttestations: false,
    });
    expect(read({ 'github-attestations': 'true' }).githubAttestations).toBe(true);
    expect(() => read({ attestations: 'auto true' })).toThrow(/one of auto, true or false/);
  });
});

describe('builder', () => {
  it('names uv, a uv release, or build', () => {
    expect(read({ builder: 'uv 0.9.1' })).toMatchObject({ builder: 'uv', uvVersion: '0.9.1' });
    expect(read({ builder: 'uv@0.9.1' }).uvVersion).toBe('0.9.1');
    expect(read({ builder: 'build' })).toMatchObject({ builder: 'build', uvVersion: '' });
    expect(read({ 'uv-version': '0.8.0' }).uvVersion).toBe('0.8.0');
    expect(() => read({ builder: 'pip' })).toThrow(/builder must be uv/);
  });
});

describe('repository-url', () => {
  it('takes none, or the upload URL and the simple index on a second line', () => {
    expect(read({ 'repository-url': 'none' }).publish).toBe(false);
    expect(read({ 'repository-url': 'https://h/u/i/\nhttps://h/u/i/+simple/' })).toMatchObject({
      publish: true,
      repositoryUrl: 'https://h/u/i/',
      indexUrl: 'https://h/u/i/+simple/',
    });
    expect(read({ publish: 'false' }).publish).toBe(false);
    expect(read({ 'index-url': 'https://h/simple/' }).indexUrl).toBe('https://h/simple/');
    expect(() => read({ 'repository-url': 'a b c' })).toThrow(/upload URL/);
  });
});

describe('testpypi', () => {
  it('takes true, a token or a test index URL, and never quotes what it was given', () => {
    expect(read({ testpypi: 'true' })).toMatchObject({ testpypi: true, testpypiToken: '' });
    expect(read({ testpypi: 'pypi-AgEtoken' })).toMatchObject({
      testpypi: true,
      testpypiToken: 'pypi-AgEtoken',
      testpypiUrl: 'https://test.pypi.org/legacy/',
    });
    expect(read({ testpypi: 'https://test.example/legacy/' }).testpypiUrl).toBe(
      'https://test.example/legacy/',
    );
    expect(read({ testpypi: 'true', 'testpypi-token': 'pypi-old' }).testpypiToken).toBe('pypi-old');
    expect(() => read({ testpypi: 'sekrit-value' })).toThrow(/not shown/);
    expect(() => read({ testpypi: 'sekrit-value' })).not.toThrow(/sekrit/);
  });
});

describe('changelog-entry', () => {
  it('is one strictness setting for pull requests and bumps', () => {
    expect(read({})).toMatchObject({ requireChangelogEntry: false, allowEmptyChangelog: false });
    expect(read({ 'changelog-entry': 'required' }).requireChangelogEntry).toBe(true);
    expect(read({ 'changelog-entry': 'optional' }).allowEmptyChangelog).toBe(true);
    expect(read({ 'require-changelog-entry': 'true' }).requireChangelogEntry).toBe(true);
    expect(() => read({ 'changelog-entry': 'strict' })).toThrow(/auto, required or optional/);
  });
});

describe('dist-dir', () => {
  it('requires an sdist, unless the deprecated require-sdist says otherwise', () => {
    expect(read({ 'dist-dir': 'dist' }).requireSdist).toBe(true);
    expect(read({}).requireSdist).toBe(false);
    expect(read({ 'dist-dir': 'dist', 'require-sdist': 'false' }).requireSdist).toBe(false);
  });
});

describe('version style', () => {
  it('follows the project unless the deprecated version-style is set', () => {
    expect(read({}).versionStyle).toBe('auto');
    expect(read({ 'version-style': 'semver' }).versionStyle).toBe('semver');
  });
});

describe('deprecation warnings', () => {
  it('name each old input a workflow sets and its new spelling, and nothing else', () => {
    const given: Record<string, string> = { draft: 'false', 'uv-version': '0.8.0', publish: '' };
    const warnings = deprecationWarnings((name) => given[name]);
    expect(warnings).toHaveLength(2);
    expect(warnings.find((w) => w.startsWith('Input draft is deprecated'))).toMatch(
      /github-release: publish/,
    );
    expect(warnings.find((w) => w.startsWith('Input uv-version'))).toMatch(/builder: uv 0\.8\.0/);
    expect(deprecationWarnings(() => undefined)).toEqual([]);
  });

  it('never quote a token', () => {
    const warnings = deprecationWarnings((name) =>
      name === 'testpypi-token' ? 'pypi-secret' : undefined,
    );
    expect(warnings.join('')).not.toContain('pypi-secret');
  });
});
