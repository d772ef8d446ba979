// The workflows of this repository and the examples in README.md are checked against action.yml,
// so a renamed input or output cannot leave a workflow that GitHub would reject or run wrong.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  NoOperationTraceWriter,
  parseWorkflow,
  convertWorkflowTemplate,
} from '@actions/workflow-parser';
import {
  checkWorkflow,
  permissionProblems,
  yamlBlocks,
  type ActionInterface,
} from '../helpers/workflows.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifest = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};
const action: ActionInterface = {
  inputs: new Set(Object.keys(manifest.inputs)),
  outputs: new Set(Object.keys(manifest.outputs)),
};
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const DOCS = path.join(ROOT, 'docs');
// README.md and every page of docs/: the examples users paste.
const readme = [
  readFileSync(path.join(ROOT, 'README.md'), 'utf8'),
  ...readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(path.join(DOCS, name), 'utf8')),
].join('\n');

/** The errors GitHub's own workflow parser reports for a whole workflow. */
async function officialParserErrors(text: string): Promise<string[]> {
  const parsed = parseWorkflow(
    { name: 'example.yml', content: text },
    new NoOperationTraceWriter(),
  );
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((error) => error.message);
}
const version = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

describe('workflow checker', () => {
  it('reports an input or an output pyrelease does not have, and an unknown step id', () => {
    const report = checkWorkflow(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        id: rel
        with: { dry-run: true, dryrun: true }
      - uses: actions/setup-python@v5
        id: py
      - run: echo "\${{ steps.rel.outputs.wheel }} \${{ steps.rel.outputs.wheels }}"
      - run: echo "\${{ steps.py.outputs.python-path }} \${{ steps.nope.outputs.x }}"
`,
      action,
    );
    expect(report.problems).toEqual([
      './ has no input dryrun',
      'steps.rel.outputs.wheels: pyrelease has no output wheels',
      'steps.nope names no step',
    ]);
  });

  it('reports YAML that does not parse', () => {
    expect(checkWorkflow('jobs:\n  a: [\n', action).problems).not.toEqual([]);
  });
});

describe('the workflows in .github/workflows', () => {
  it('has the CI and self-test workflows', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml']));
  });

  it.each(workflowFiles)(
    '%s parses and uses only inputs and outputs action.yml declares',
    (name) => {
      const text = readFileSync(path.join(WORKFLOWS, name), 'utf8');
      const workflow = parse(text) as { on?: unknown; jobs?: unknown };
      expect(workflow.on, name).toBeDefined();
      expect(workflow.jobs, name).toBeDefined();
      expect(checkWorkflow(text, action).problems).toEqual([]);
    },
  );

  it('self-test runs the action from the checkout on each runner', () => {
    const text = readFileSync(path.join(WORKFLOWS, 'self-test.yml'), 'utf8');
    expect(checkWorkflow(text, action).pyreleaseUses).toContain('./');
    const jobs = (
      parse(text) as { jobs: Record<string, { strategy?: { matrix?: { os?: string[] } } }> }
    ).jobs;
    for (const job of Object.values(jobs)) {
      expect(job.strategy?.matrix?.os).toEqual([
        'ubuntu-latest',
        'windows-latest',
        'macos-latest',
        'ubuntu-24.04-arm',
      ]);
    }
  });
});

describe('the self-test release job', () => {
  it('runs the release pipeline through the action itself as an untagged dry run', () => {
    const text = readFileSync(path.join(WORKFLOWS, 'self-test.yml'), 'utf8');
    const jobs = (
      parse(text) as {
        jobs: Record<string, { steps: { uses?: string; run?: string; with?: unknown }[] }>;
      }
    ).jobs;
    const steps = jobs['release-dry-run']!.steps;
    expect(steps.find((step) => step.uses === './')?.with).toEqual({
      mode: 'release',
      'dry-run': true,
      'working-directory': 'example',
    });
    expect(steps.some((step) => step.run?.includes('dist/cli.js'))).toBe(false);
  });
});

describe('the workflow examples in README.md and docs/', () => {
  const blocks = yamlBlocks(readme);
  const workflows = blocks.filter((block) => /^jobs:/m.test(block));

  it('finds them', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(workflows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(workflows.map((block, index) => [index + 1, block] as const))(
    "whole workflow %i parses with GitHub's workflow parser and grants what its inputs need",
    async (_index, block) => {
      expect(await officialParserErrors(block)).toEqual([]);
      expect(permissionProblems(block)).toEqual([]);
    },
  );

  it('the permission rule catches a release job that cannot close its milestone', async () => {
    const job = `on: { push: { tags: ['v*'] } }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write, id-token: write }
    steps:
      - uses: pyrelease/pyrelease@v0
`;
    expect(await officialParserErrors(job)).toEqual([]);
    expect(permissionProblems(job)).toEqual(['job release needs issues: write']);
    expect(await officialParserErrors('on: push\njobs:\n  a:\n    steps: 3\n')).not.toEqual([]);
  });

  it.each(blocks.map((block, index) => [index + 1, block] as const))(
    'example %i parses and uses only inputs and outputs action.yml declares',
    (_index, block) => {
      expect(checkWorkflow(block, action).problems).toEqual([]);
    },
  );

  it('names the major tag the release process moves', () => {
    const major = `v${version.split('.')[0]}`;
    const uses = blocks.flatMap((block) => checkWorkflow(block, action).pyreleaseUses);
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref).toBe(`pyrelease/pyrelease@${major}`);
  });
});
