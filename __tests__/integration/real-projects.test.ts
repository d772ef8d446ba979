// Every real-project fixture, the way a maintainer meets pyrelease: no inputs, the bundled
// dist/index.js, real git, the older release tags in history. The release tag's check and a pull
// request on the default branch pass with no warning, and a forgotten bump (the release's tree
// tagged with the next version) is refused by comparing versions.
import { describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import type { TestRepo } from '../helpers/repo.js';
import {
  expectedOrigin,
  loud,
  realProjects,
  released,
  type RealProjectFacts,
} from '../helpers/real-projects.js';

const projects = realProjects();

function test(facts: RealProjectFacts, group: 'tag' | 'pr' | 'forgotten-bump') {
  return facts.gaps?.includes(group) ? it.fails : it;
}

function tagCheck(repo: TestRepo, tag: string, repository: string): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    inputs: { mode: 'check' },
    env: { GITHUB_REPOSITORY: repository },
  });
}

function pullRequest(repo: TestRepo, repository: string): Promise<ActionRun> {
  const head = repo.git('rev-parse', 'HEAD').trim();
  return runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    ref: 'refs/pull/1/merge',
    payload: {
      pull_request: { number: 1, base: { ref: 'main', sha: head }, head: { sha: head } },
      repository: { default_branch: 'main' },
    },
    env: { GITHUB_REPOSITORY: repository },
  });
}

/** The tag of the release after this one, written as the project writes its tags. */
function nextTag(facts: RealProjectFacts): string {
  const versionAt = facts.tag.lastIndexOf(facts.version);
  const next = facts.version.replace(/(\d+)$/, (last) => String(Number(last) + 1));
  return `${facts.tag.slice(0, versionAt)}${next}`;
}

describe('real projects with no inputs', () => {
  it('has fixtures to test', () => {
    expect(projects.length).toBeGreaterThanOrEqual(60);
  });

  for (const facts of projects) {
    test(facts, 'tag')(`${facts.repo} ${facts.tag}: the tag's check passes quietly`, async () => {
      const run = await tagCheck(await released(facts, { history: true }), facts.tag, facts.repo);
      expect(loud(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
    });

    test(facts, 'pr')(
      `${facts.repo}: a pull request on the default branch passes quietly`,
      async () => {
        const run = await pullRequest(await released(facts, { history: true }), facts.repo);
        expect(loud(run)).toEqual([]);
        expect(run.exitCode).toBe(0);
      },
    );

    if (expectedOrigin(facts.versionSource) !== 'file' || facts.tag.lastIndexOf(facts.version) < 0)
      continue;
    test(facts, 'forgotten-bump')(
      `${facts.repo}: ${nextTag(facts)} on the ${facts.tag} release is refused as a version mismatch`,
      async () => {
        const repo = await released(facts, { history: true });
        const next = nextTag(facts);
        repo.git('tag', '-a', next, '-m', `Release ${next}`);
        const run = await tagCheck(repo, next, facts.repo);
        expect(run.exitCode).toBe(1);
        expect(run.annotations.map((annotation) => annotation.properties.title)).toContain(
          'Version mismatch',
        );
      },
    );
  }
});
