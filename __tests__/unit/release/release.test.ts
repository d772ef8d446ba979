import { describe, expect, it } from 'vitest';
import type { RunContext } from '../../../src/run/context.js';
import { octokitReleaser } from '../../../src/github/releaser.js';
import { readInputs } from '../../../src/run/inputs.js';
import { validateGraph } from '../../../src/release/step-graph.js';
import { publishTargets } from '../../../src/publish/publish-plan.js';
import { releaseGraph, releaseMode } from '../../../src/release/release.js';
import type { BumpLanding } from '../../../src/bump/run-bump.js';
import type { ReleaseState } from '../../../src/release/release-state.js';

const context: RunContext = {
  eventName: 'push',
  ref: 'refs/tags/v1.0.0',
  tag: 'v1.0.0',
  branch: undefined,
  pullRequest: undefined,
  workspace: '/repo',
  repository: 'octo/pkg',
  serverUrl: 'https://github.com',
  sha: undefined,
  defaultBranch: 'main',
  apiUrl: 'https://api.github.com',
  dispatchInputs: {},
};

function graph(
  given: Record<string, string>,
  tagged: string | null = 'v1.0.0',
  landing?: BumpLanding,
) {
  const tag = tagged ?? undefined;
  const inputs = readInputs((name) => given[name]);
  const state: ReleaseState = {
    context,
    inputs,
    requestedTag: tag,
    dryRunBuildDir: inputs.dryRun ? '/tmp/out' : undefined,
    targets: publishTargets(inputs),
    releaser: inputs.githubToken
      ? octokitReleaser({
          token: inputs.githubToken,
          repository: 'octo/pkg',
          apiUrl: context.apiUrl,
        })
      : undefined,
    landing,
    plan: [],
    observed: {},
  };
  const steps = releaseGraph(releaseMode(inputs, landing), state);
  validateGraph(steps as never);
  return {
    names: steps.map((step) => step.name),
    needs: Object.fromEntries(steps.map((step) => [step.name, step.needs])),
    effects: steps.filter((step) => step.sideEffect).map((step) => step.name),
    note: (name: string) => steps.find((step) => step.name === name)?.note?.(state),
  };
}

describe('the release graph', () => {
  it('from a tag: exact tag first, the checks, then uploads in order and the release after both', () => {
    const g = graph({ 'github-token': 't', testpypi: 'true' });
    expect(g.names.slice(0, 3)).toEqual(['Exact tag', 'Validate', 'Release branch']);
    expect(g.needs['Validate']).toEqual(['Exact tag']);
    expect(g.effects).toEqual([
      'Publish to TestPyPI',
      'Install from TestPyPI',
      'Publish to PyPI',
      'GitHub release (draft)',
      'Verify on PyPI',
      'Install from PyPI',
      'Publish GitHub release',
      'Close milestone',
    ]);
    expect(g.needs['Install from TestPyPI']).toEqual(['Publish to TestPyPI']);
    expect(g.needs['Publish to PyPI']).toEqual(['Install from TestPyPI']);
    // The files on the index are compared with the draft's assets before the release is published.
    expect(g.needs['Verify on PyPI']).toEqual(['Publish to PyPI', 'GitHub release (draft)']);
    expect(g.needs['Install from PyPI']).toEqual(['Verify on PyPI']);
    expect(g.needs['Publish GitHub release']).toEqual([
      'GitHub release (draft)',
      'Install from PyPI',
    ]);
    // The wheel test needs only the inspection (and uv); twine check waits for PyPI's rules, which
    // say an uploader too old for the metadata in its own words.
    expect(g.needs['Test the wheel']).toEqual(['Inspect artifacts', 'Set up uv']);
    expect(g.needs["PyPI's rules"]).toEqual(['Inspect artifacts', 'Set up twine']);
    expect(g.needs['twine check']).toEqual(['Inspect artifacts', 'Set up twine', "PyPI's rules"]);
    // The index's state is read once every local check has passed, before any side effect.
    const local = g.names.slice(0, g.names.indexOf("PyPI's state"));
    expect(g.needs["PyPI's state"]).toEqual(local);
    expect(g.effects).not.toContain("PyPI's state");
    // GitHub is asked only after every local check.
    expect(g.needs['GitHub access']).toEqual(g.names.slice(0, g.names.indexOf('GitHub access')));
  });

  it('with uv: uv is set up before the build and twine', () => {
    const g = graph({ builder: 'uv' });
    expect(g.needs['Set up uv']).toEqual(['Validate']);
    expect(g.needs['Build']).toEqual(['Validate', 'Set up uv']);
    expect(g.needs['Set up twine']).toEqual(['Set up uv']);
  });

  it('from prebuilt files: nothing is built', () => {
    const g = graph({ 'dist-dir': 'wheels-*/', 'github-token': 't' });
    expect(g.names).toContain('Build');
    expect(g.needs['Inspect artifacts']).toEqual(['Build']);
    expect(g.effects).toContain('Publish to PyPI');
    // Nothing is built, but the wheel test installs with uv: it waits for uv to be set up.
    expect(g.needs['Test the wheel']).toEqual(['Inspect artifacts', 'Set up uv']);
  });

  it('a dry run has no side effect, only the plan that stands for them', () => {
    const g = graph({ 'dry-run': 'true', 'github-token': 't' }, null);
    expect(g.names).not.toContain('Exact tag');
    expect(g.names).not.toContain('Release branch');
    expect(g.names).not.toContain('GitHub access');
    expect(g.effects).toEqual(['Publish', 'GitHub release']);
    // What PyPI would answer is part of the plan: its state is read in a dry run too.
    expect(g.needs['Publish']).toContain("PyPI's state");
  });

  it('without a GitHub token, the release is a skipped step', () => {
    const g = graph({ publish: 'false' });
    expect(g.effects).toEqual(['Publish', 'GitHub release']);
    expect(g.names).not.toContain('GitHub access');
  });

  it('opens the next cycle pull request only on a tag push, after the milestone', () => {
    expect(
      graph({ 'github-token': 't', 'open-next-cycle-pr': 'true' }).needs['Next cycle pull request'],
    ).toEqual(['Close milestone']);
    expect(graph({ 'github-token': 't', 'open-next-cycle-pr': 'false' }).names).not.toContain(
      'Next cycle pull request',
    );
  });

  it('after a bump: the push is the first side effect, every other one waits for it', () => {
    const g = graph({ 'github-token': 't' }, 'v1.0.0', {
      branch: 'main',
      tag: 'v1.0.0',
      commits: true,
    });
    expect(g.names).not.toContain('Release branch');
    expect(g.effects[0]).toBe('Push');
    expect(g.needs['Publish to PyPI']).toEqual(['Push']);
    expect(g.needs['GitHub release (draft)']).toEqual(['GitHub access', 'Push']);
    const unpublished = graph({ publish: 'false' }, 'v1.0.0', {
      branch: 'main',
      tag: 'v1.0.0',
      commits: false,
    });
    expect(unpublished.needs['Publish']).toEqual(['Push']);
    expect(unpublished.needs['GitHub release']).toEqual(['Push']);
  });

  it('github-attestations: the provenance beside the uploads, the release after it', () => {
    const g = graph({ 'github-token': 't', 'github-attestations': 'true' });
    expect(g.needs['Attestations']).toEqual(['twine check']);
    expect(g.effects).toContain('GitHub attestation');
    expect(g.needs['GitHub attestation']).toEqual([]);
    expect(g.needs['Publish GitHub release']).toEqual([
      'GitHub release (draft)',
      'Install from PyPI',
      'GitHub attestation',
    ]);
    expect(graph({ 'github-token': 't' }).effects).not.toContain('GitHub attestation');
  });

  it('mode: build: the checks, the build into an empty folder, the wheel test, then only the hand-over', () => {
    const g = graph({ mode: 'build', 'github-token': 't', testpypi: 'true' });
    expect(g.names).toEqual([
      'Exact tag',
      'Validate',
      'Release branch',
      'Set up uv',
      'Build folder',
      'Build',
      'Set up twine',
      'Inspect artifacts',
      "PyPI's rules",
      'twine check',
      'Test the wheel',
      'Hand-over',
    ]);
    expect(g.needs['Build']).toEqual(['Validate', 'Set up uv', 'Build folder']);
    expect(g.effects).toEqual(['Hand-over']);
    // A dry run of it hands over the same, untagged.
    const dry = graph({ mode: 'build', 'dry-run': 'true' }, null);
    expect(dry.effects).toEqual(['Hand-over']);
    expect(dry.names).not.toContain('Exact tag');
  });

  it('mode: publish: the hand-over verified first, no build, no uv, no wheel test, no install', () => {
    const g = graph({ mode: 'publish', 'github-token': 't', testpypi: 'true' });
    expect(g.names).not.toContain('Set up uv');
    expect(g.needs['Verify hand-over']).toEqual(['Validate']);
    expect(g.needs['Build']).toEqual(['Verify hand-over']);
    expect(g.needs['Inspect artifacts']).toEqual(['Build']);
    expect(g.needs['Test the wheel']).toEqual(['Verify hand-over']);
    expect(g.effects).toEqual([
      'Publish to TestPyPI',
      'Install from TestPyPI',
      'Publish to PyPI',
      'GitHub release (draft)',
      'Verify on PyPI',
      'Install from PyPI',
      'Publish GitHub release',
      'Close milestone',
    ]);
    // The files on the index are verified by sha256; the package is never imported here.
    expect(g.note('Install from PyPI')?.status).toBe('skipped');
    const dry = graph({ mode: 'publish', 'dry-run': 'true' });
    expect(dry.names).toContain('Verify hand-over');
    expect(dry.needs['Test the wheel']).toEqual(['Verify hand-over']);
    // A dry run's plan, as in every dry run.
    expect(dry.effects).toEqual(['Publish', 'GitHub release']);
  });

  it('verifies the upload before the release; installs from the index only without a publishing secret', () => {
    const open = graph({ 'github-token': 't' });
    expect(open.effects).toContain('Install from PyPI');
    expect(open.note('Install from PyPI')).toBeUndefined();
    const held = graph({ 'github-token': 't', 'pypi-token': 'pypi-secret' });
    expect(held.note('Install from PyPI')).toEqual({
      status: 'skipped',
      detail:
        "not run: this job holds pypi-token, which the package's code could read; verified by sha256 instead",
    });
    expect(held.needs['Publish GitHub release']).toEqual([
      'GitHub release (draft)',
      'Install from PyPI',
    ]);
    // Without a GitHub release the index is still verified.
    const alone = graph({});
    expect(alone.needs['Verify on PyPI']).toEqual(['Publish to PyPI']);
    expect(graph({ publish: 'false' }).names).not.toContain('Verify on PyPI');
    expect(graph({ 'dry-run': 'true' }, null).names).not.toContain('Verify on PyPI');
  });
});
