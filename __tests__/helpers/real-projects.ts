// The real-project fixtures in __tests__/fixtures/real-projects: facts reconstructed from public
// projects at a release tag (see its README), each with a facts.json describing what is expected.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionRun } from './action.js';
import { makeRepo, type TestRepo } from './repo.js';
import { comparePep440, tagVersion } from '../../src/version/index.js';

export const REAL_PROJECTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/real-projects',
);

export interface RealProjectFacts {
  readonly name: string;
  readonly root: string;
  readonly repo: string;
  /** The name the index knows the project by. */
  readonly projectName: string;
  readonly tag: string;
  readonly subdir: string;
  readonly version: string;
  readonly tagPrefix: string;
  readonly buildBackend: string | null;
  /** False for a project without pyproject.toml (setup.py and setup.cfg only); true when absent. */
  readonly pyproject?: boolean;
  readonly versionSource: string;
  readonly versionFile: string | null;
  readonly versionLine: number | null;
  readonly changelog: string | null;
  readonly changelogFormat: 'markdown' | 'rst' | null;
  /** For notes kept one file per version: the path with `{version}` (relative to subdir). */
  readonly changelogPattern?: string;
  readonly releaseHeadingLine: number | null;
  /** The release's date as the changelog writes it; null when the file dates no release. */
  readonly releaseDate?: string | null;
  readonly towncrier: boolean;
  readonly importNames: readonly string[];
  /** The default branch, and the version and first release/unreleased heading at its tip. */
  readonly defaultBranch?: string;
  readonly tipVersion?: string | null;
  readonly tipChangelogTop?: string | null;
  /** The surveyed tags (newest first) and a few older ones; maintenance branches seen. */
  readonly tags?: readonly string[];
  readonly branches?: readonly string[];
  /** For a repository holding several packages: each package's folder, name and tag form. */
  readonly monorepoPackages?: readonly { dir: string; name: string; tagForm: string }[];
  /** Test groups pyrelease does not get right yet on this fixture (they are expected to fail). */
  readonly gaps?: readonly (
    'version' | 'build' | 'changelog' | 'tag' | 'pr' | 'forgotten-bump' | 'dry-run'
  )[];
}

export function realProjects(): RealProjectFacts[] {
  return readdirSync(REAL_PROJECTS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const root = path.join(REAL_PROJECTS, entry.name);
      const facts = JSON.parse(readFileSync(path.join(root, 'facts.json'), 'utf8')) as Omit<
        RealProjectFacts,
        'name' | 'root'
      >;
      return { ...facts, name: entry.name, root };
    });
}

/** The kind of version origin each versionSource of facts.json stands for. */
export function expectedOrigin(versionSource: string): 'file' | 'tag' | 'computed' {
  if (/vcs|scm|versioningit|dynamic-versioning|pbr|versioneer/.test(versionSource)) return 'tag';
  if (versionSource.startsWith('computed')) return 'computed';
  return 'file';
}

/**
 * The fixture in a repository whose main branch holds it, its release tag pushed. With `history`,
 * the tags the facts list as older than the release's are on the commit before the release's
 * (same files), as a project's earlier releases are in its history.
 */
export async function released(
  facts: RealProjectFacts,
  { history = false } = {},
): Promise<TestRepo> {
  const repo = await makeRepo(facts.root, '', true);
  if (history) {
    const older = (facts.tags ?? []).filter((tag) => {
      const version = tagVersion(tag, facts.tagPrefix)?.version.normalized;
      return version !== undefined && comparePep440(version, facts.version) < 0;
    });
    for (const tag of older) repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
    repo.git('commit', '--quiet', '--allow-empty', '-m', `Release ${facts.version}`);
    repo.git('push', '--quiet', 'origin', 'main');
  }
  repo.git('tag', '-a', facts.tag, '-m', `Release ${facts.tag}`);
  repo.git('push', '--quiet', 'origin', '--tags');
  return repo;
}

/** Errors and warnings: what a healthy project must not see. */
export function loud(run: ActionRun): string[] {
  return run.annotations
    .filter((annotation) => annotation.level !== 'notice')
    .map(
      (annotation) =>
        `${annotation.level}: ${annotation.properties.title ?? ''}: ${annotation.message}`,
    );
}
