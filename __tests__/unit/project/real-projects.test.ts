// Every real-project fixture: where pyrelease finds the version, and how it reads the release tag.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/project/project.js';
import { repoPath } from '../../../src/files/repo-path.js';
import { findRelease } from '../../../src/changelog/parse.js';
import { fileSystemReader } from '../../../src/files/workspace.js';
import { parseVersionTag, tagVersion } from '../../../src/version/tag.js';
import { stoppedChangelog } from '../../../src/changelog/stopped.js';
import { projectTagNames } from '../../../src/version/tag-names.js';
import { samePep440 } from '../../../src/version/pep440.js';
import {
  expectedOrigin,
  realProjects,
  type RealProjectFacts,
} from '../../helpers/real-projects.js';

const projects = realProjects();

// A fixture whose facts pyrelease does not read right yet lists the group in `gaps`: the test is
// expected to fail there, and starts failing (as a reminder to drop the gap) once it is fixed.
function test(facts: RealProjectFacts, group: 'version' | 'build' | 'changelog') {
  return facts.gaps?.includes(group) ? it.fails : it;
}

describe('real projects: the version, wherever the backend takes it from', () => {
  it('has fixtures to test', () => {
    expect(projects.length).toBeGreaterThanOrEqual(20);
  });

  for (const facts of projects) {
    test(facts, 'version')(`${facts.repo} ${facts.tag}: ${facts.versionSource}`, async () => {
      const project = await loadProject(fileSystemReader(facts.root), {
        dir: facts.subdir,
        changelog: '',
        versionFiles: [],
      });
      expect(project.origin.kind).toBe(expectedOrigin(facts.versionSource));
      if (project.origin.kind !== 'file') {
        expect(project.primary).toBeUndefined();
        return;
      }
      const primary = project.primary!;
      expect(samePep440(primary.value, facts.version)).toBe(true);
      const file = [facts.subdir, facts.versionFile].filter(Boolean).join('/');
      expect({ file: primary.file, line: primary.line }).toEqual({
        file: file.replace(/^[^/]+\/\.\.\//, ''),
        line: facts.versionLine,
      });
      // Every other place that states a version agrees with the one the build reads.
      for (const source of project.sources) {
        expect(samePep440(source.value, facts.version), source.label).toBe(true);
      }
    });
  }
});

describe('real projects: what describes the build', () => {
  // pyproject.toml, or for a setuptools project without one (pre-commit), setup.py and setup.cfg,
  // which PEP 517 frontends build with setuptools.build_meta:__legacy__.
  for (const facts of projects) {
    const hasPyproject = facts.pyproject !== false;
    test(facts, 'build')(
      `${facts.repo} ${facts.tag}: ${hasPyproject ? 'pyproject.toml' : 'setup.py, no pyproject.toml'}`,
      async () => {
        const dir = path.join(facts.root, facts.subdir);
        expect(existsSync(path.join(dir, 'pyproject.toml'))).toBe(hasPyproject);
        const project = await loadProject(fileSystemReader(facts.root), {
          dir: facts.subdir,
          changelog: '',
          versionFiles: [],
        });
        expect(project.legacySetuptools).toBe(!hasPyproject);
        // A pyproject.toml that only configures tools leaves the name to setup.cfg (tenacity).
        if (project.setupFiles.some((file) => file.endsWith('setup.cfg'))) {
          expect(project.name).toBeDefined();
        }
        if (!hasPyproject) {
          expect(facts.buildBackend).toBeNull();
          expect(project.buildFiles[0]).toBe(repoPath(facts.subdir, 'setup.py'));
          expect(project.name).toBeDefined();
        }
      },
    );
  }
});

describe('real projects: the release tag', () => {
  for (const facts of projects) {
    it(`${facts.repo} ${facts.tag} is version ${facts.version}`, () => {
      // Tags with or without "v" need no setting; other prefixes are the tag-prefix input.
      // rel_2_0_52: a release word needs no setting either, and underscores stand for dots.
      const prefix = ['', 'v', 'rel_'].includes(facts.tagPrefix) ? '' : facts.tagPrefix;
      const tag = parseVersionTag(facts.tag, prefix);
      expect(tag.version.normalized).toBe(facts.version);
    });
  }
});

describe('real projects: the release tag with no tag-prefix, judged with the project name', () => {
  // Only a prefix that is not the project's name needs tag-prefix: polars' `py-`. Versions
  // written with underscores after a release word (sqlalchemy's rel_2_0_52) are read with dots.
  const NEEDS_TAG_PREFIX = new Set(['polars']);
  // The name is read from the project: fixtures whose build pyrelease does not read yet are left out.
  const readable = projects.filter(
    (facts) => !facts.gaps?.includes('version') && !facts.gaps?.includes('build'),
  );

  for (const facts of readable) {
    it(`${facts.repo} ${facts.tag}`, async () => {
      const project = await loadProject(fileSystemReader(facts.root), {
        dir: facts.subdir,
        changelog: 'none',
        versionFiles: [],
      });
      const names = projectTagNames({ name: project.name, repository: facts.repo });
      if (NEEDS_TAG_PREFIX.has(facts.name)) {
        expect(() => parseVersionTag(facts.tag, '', names)).toThrow(/tag-prefix/);
        return;
      }
      const tag = parseVersionTag(facts.tag, '', names);
      expect(tag.version.normalized).toBe(facts.version);
      expect(tag.prefix).toBe(facts.tagPrefix);
    });
  }
});

describe('real projects: the changelog, found without configuration', () => {
  // Everywhere the file is found and names the release (a docs site's page by the source of the
  // page [project.urls] names: fastapi, scikit-build-core, gunicorn; a changelog per series in a
  // docs folder: sqlalchemy's changelog_20.rst).
  for (const facts of projects.filter((candidate) => candidate.changelog !== null)) {
    test(facts, 'changelog')(`${facts.repo} ${facts.tag}: ${facts.changelog}`, async () => {
      const project = await loadProject(fileSystemReader(facts.root), {
        dir: facts.subdir,
        changelog: '',
        versionFiles: [],
        version: facts.version,
        repository: facts.repo,
      });
      const file = repoPath(facts.subdir, facts.changelog!);
      expect(project.changelog?.file).toBe(file);
      const release = findRelease(project.changelog!.parsed, facts.version);
      expect(release?.line ?? null).toBe(facts.releaseHeadingLine);
      if (facts.changelogPattern) {
        expect(project.changelog!.perVersion?.pattern).toBe(
          repoPath(facts.subdir, facts.changelogPattern),
        );
      }
    });
  }

  // Without a changelog file the check says so; reno's notes (tenacity) are named as unread. A
  // file the project stopped writing (redis-py's CHANGES, pydantic-ai's upgrade guide) is found,
  // with no release heading or one the release tags tell is no longer kept.
  for (const facts of projects.filter((candidate) => candidate.changelog === null)) {
    test(facts, 'changelog')(`${facts.repo} ${facts.tag}: no changelog file`, async () => {
      const project = await loadProject(fileSystemReader(facts.root), {
        dir: facts.subdir,
        changelog: '',
        versionFiles: [],
        version: facts.version,
      });
      if (project.changelog) {
        const tagVersions = (facts.tags ?? []).map(
          (tag) => tagVersion(tag, facts.tagPrefix)?.version.normalized ?? '',
        );
        const { parsed } = project.changelog;
        // No release heading (redis-py's frozen list), or the newest older than the tags.
        expect(parsed.releases.length === 0 || stoppedChangelog(parsed, tagVersions).stopped).toBe(
          true,
        );
        return;
      }
      const notes = project.notes.join('\n');
      expect(notes).toContain('No changelog found');
      const reno = ['reno.yaml', 'releasenotes'].some((name) =>
        existsSync(path.join(facts.root, facts.subdir, name)),
      );
      expect(notes.includes('reno notes')).toBe(reno);
    });
  }
});

describe('real projects: the release date, wherever the changelog writes it', () => {
  // Under the heading (`_4 August 2026_`, `*(2026-07-19)*`, `:release-date:`), in a bold title;
  // a file that dates no release is not untidy for it.
  for (const facts of projects.filter((candidate) => candidate.releaseDate !== undefined)) {
    it(`${facts.repo} ${facts.tag}: ${facts.releaseDate ?? 'no dates'}`, async () => {
      const project = await loadProject(fileSystemReader(facts.root), {
        dir: facts.subdir,
        changelog: '',
        versionFiles: [],
        version: facts.version,
      });
      const parsed = project.changelog!.parsed;
      expect(findRelease(parsed, facts.version)?.date).toBe(facts.releaseDate ?? undefined);
      expect(parsed.warnings.filter((warning) => warning.kind === 'no-date')).toEqual([]);
    });
  }
});
