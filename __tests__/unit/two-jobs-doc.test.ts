// docs/two-jobs.md shows the two-job release: its workflow must use only what action.yml declares,
// and hand the build job's handover output to the publish job.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflow, yamlBlocks, type ActionInterface } from '../helpers/workflows.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifest = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};
const action: ActionInterface = {
  inputs: new Set(Object.keys(manifest.inputs)),
  outputs: new Set(Object.keys(manifest.outputs)),
};
const doc = readFileSync(path.join(ROOT, 'docs/two-jobs.md'), 'utf8');

interface Job {
  permissions?: Record<string, string>;
  environment?: unknown;
  outputs?: Record<string, string>;
  steps: { uses?: string; with?: Record<string, string> }[];
}

describe('the two-job workflow of docs/two-jobs.md', () => {
  const [block] = yamlBlocks(doc);
  const jobs = (parse(block!) as { jobs: Record<string, Job> }).jobs;

  it('uses only inputs and outputs action.yml declares', () => {
    expect(checkWorkflow(block!, action).problems).toEqual([]);
  });

  it('gives the build job no secret and the publish job its handover output', () => {
    const { build, publish } = jobs as { build: Job; publish: Job };
    expect(build.permissions).toEqual({ contents: 'read' });
    expect(build.environment).toBeUndefined();
    const builder = build.steps.find((step) => step.uses?.startsWith('pyrelease/'))!;
    expect(builder.with).toMatchObject({ mode: 'build' });
    expect(JSON.stringify(build)).not.toMatch(/token|secrets\./i);
    expect(build.outputs?.handover).toMatch(/steps\.pyrelease\.outputs\.handover/);
    const publisher = publish.steps.find((step) => step.uses?.startsWith('pyrelease/'))!;
    expect(publisher.with).toEqual({
      mode: 'publish',
      handover: '${{ needs.build.outputs.handover }}',
    });
    expect(publish.permissions?.['id-token']).toBe('write');
  });
});
