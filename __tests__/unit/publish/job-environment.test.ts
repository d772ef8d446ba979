// The environment a job declares in its workflow file, read for the trusted-publishing preflight.
import { describe, expect, it } from 'vitest';
import { jobEnvironment } from '../../../src/publish/job-environment.js';

const WORKFLOW = `name: Release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    environment: build-env
  publish:
    needs: build
    runs-on: ubuntu-latest
    # the environment PyPI's publisher names
    environment:
      name: "pypi"
      url: https://pypi.org/p/demo
    permissions:
      id-token: write
  flow:
    environment: { name: release, url: https://example.org }
  plain:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          environment: not-this
  computed:
    environment: \${{ inputs.target }}
`;

describe('jobEnvironment', () => {
  it.each([
    ['build', 'build-env'],
    ['publish', 'pypi'],
    ['flow', 'release'],
    ['plain', null],
    ['computed', undefined],
    ['missing', undefined],
  ])('%s → %s', (job, expected) => {
    expect(jobEnvironment(WORKFLOW, job)).toBe(expected);
  });
});
