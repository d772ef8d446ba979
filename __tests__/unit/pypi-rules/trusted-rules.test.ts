// What PyPI refuses of a GitHub OIDC token, decided before the exchange.
import { describe, expect, it } from 'vitest';
import {
  publisherSettings,
  trustedPublishingRefusals,
} from '../../../src/pypi-rules/trusted-rules.js';

const CLAIMS = {
  repository: 'octo/demo',
  ref: 'refs/tags/v1.0',
  sha: 'a'.repeat(40),
  event_name: 'push',
  workflow_ref: 'octo/demo/.github/workflows/release.yml@refs/tags/v1.0',
  job_workflow_ref: 'octo/demo/.github/workflows/release.yml@refs/tags/v1.0',
  environment: 'pypi',
};

function ids(...args: Parameters<typeof trustedPublishingRefusals>): string[] {
  return trustedPublishingRefusals(...args).map((refusal) => refusal.rule.id);
}

describe('trusted publishing rules', () => {
  it('accepts a tag push from the repository’s own workflow', () => {
    expect(ids(CLAIMS, 'PyPI', { name: 'PyPI', where: 'release.yml jobs.publish' })).toEqual([]);
  });

  it('refuses pull_request_target in PyPI’s words, with the claims and the publisher', () => {
    const [refusal] = trustedPublishingRefusals(
      { ...CLAIMS, event_name: 'pull_request_target' },
      'PyPI',
    );
    expect(refusal!.rule.id).toBe('trusted-pull-request-target');
    expect(refusal!.message).toContain(
      "Publishing from a workflow invoked via 'pull_request_target' is not supported.",
    );
    expect(refusal!.message).toContain(
      'Owner: octo, Repository name: demo, Workflow name: release.yml, Environment name: pypi',
    );
  });

  it('refuses a reusable workflow of another repository or at another ref', () => {
    const other = {
      ...CLAIMS,
      job_workflow_ref: 'octo/ci/.github/workflows/publish.yml@refs/heads/main',
    };
    expect(ids(other, 'PyPI')).toEqual(['trusted-reusable-workflow']);
    expect(trustedPublishingRefusals(other, 'PyPI')[0]!.message).toContain(
      'another repository (octo/ci)',
    );
    const pinned = { ...CLAIMS, job_workflow_ref: 'octo/demo/.github/workflows/publish.yml@v2' };
    expect(ids(pinned, 'PyPI')).toEqual(['trusted-reusable-workflow']);
  });

  it('lets a reusable workflow of the same repository and ref through, naming its file', () => {
    const called = {
      ...CLAIMS,
      job_workflow_ref: `octo/demo/.github/workflows/publish.yml@${CLAIMS.sha}`,
    };
    expect(ids(called, 'PyPI')).toEqual([]);
    expect(publisherSettings(called)).toContain('Workflow name: publish.yml');
  });

  it('refuses an environment in the claims other than the one the job declares', () => {
    const where = 'release.yml jobs.publish';
    expect(ids(CLAIMS, 'PyPI', { name: 'release', where })).toEqual(['trusted-environment']);
    expect(ids({ ...CLAIMS, environment: undefined }, 'PyPI', { name: 'pypi', where })).toEqual([
      'trusted-environment',
    ]);
    // Compared as PyPI does: case-insensitively.
    expect(ids(CLAIMS, 'PyPI', { name: 'PyPI', where })).toEqual([]);
    expect(ids({ ...CLAIMS, environment: undefined }, 'PyPI', { name: null, where })).toEqual([]);
  });
});
