// Checks workflow YAML against action.yml: every step that uses pyrelease passes only inputs it
// declares, and every `steps.<id>.outputs.<name>` of such a step names an output it declares.
import { parseDocument } from 'yaml';

export interface ActionInterface {
  readonly inputs: ReadonlySet<string>;
  readonly outputs: ReadonlySet<string>;
}

export interface WorkflowReport {
  readonly problems: string[];
  /** The `uses:` values of the pyrelease steps found. */
  readonly pyreleaseUses: string[];
}

type Node = unknown;

const PYRELEASE = /^(\.\/?|pyrelease\/pyrelease@.+)$/;

function isRecord(value: Node): value is Record<string, Node> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every mapping with a `uses` key, wherever it sits (whole workflows and lone steps alike). */
function stepsIn(node: Node, found: Record<string, Node>[] = []): Record<string, Node>[] {
  if (Array.isArray(node)) for (const item of node) stepsIn(item, found);
  else if (isRecord(node)) {
    if (typeof node.uses === 'string') found.push(node);
    for (const value of Object.values(node)) stepsIn(value, found);
  }
  return found;
}

/** The groups of steps whose ids `steps.<id>` can see: each job's, or the whole text's. */
function scopes(root: Node): Node[] {
  if (isRecord(root) && isRecord(root.jobs)) return Object.values(root.jobs);
  return [root];
}

function strings(node: Node, found: string[] = []): string[] {
  if (typeof node === 'string') found.push(node);
  else if (Array.isArray(node)) for (const item of node) strings(item, found);
  else if (isRecord(node)) for (const value of Object.values(node)) strings(value, found);
  return found;
}

export function checkWorkflow(text: string, action: ActionInterface): WorkflowReport {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    return { problems: document.errors.map((error) => error.message), pyreleaseUses: [] };
  }
  const problems: string[] = [];
  const pyreleaseUses: string[] = [];
  for (const scope of scopes(document.toJS() as Node)) {
    const ids = new Map<string, boolean>();
    for (const step of stepsIn(scope)) {
      const uses = step.uses as string;
      const ours = PYRELEASE.test(uses);
      if (typeof step.id === 'string') ids.set(step.id, ours);
      if (!ours) continue;
      pyreleaseUses.push(uses);
      const given = isRecord(step.with) ? Object.keys(step.with) : [];
      for (const name of given) {
        if (!action.inputs.has(name)) problems.push(`${uses} has no input ${name}`);
      }
    }
    for (const value of strings(scope)) {
      for (const match of value.matchAll(/\$\{\{([^}]*)\}\}/g)) {
        for (const ref of match[1]!.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const [, id, output] = ref;
          if (!ids.has(id!)) problems.push(`steps.${id} names no step`);
          else if (ids.get(id!) && !action.outputs.has(output!)) {
            problems.push(`steps.${id}.outputs.${output}: pyrelease has no output ${output}`);
          }
        }
      }
    }
  }
  return { problems, pyreleaseUses };
}

/** The ```yaml blocks of a Markdown text. */
export function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** What a job's `permissions` grants, `write-all`/`read-all` spelled out. */
function granted(permissions: Node): (scope: string) => string | undefined {
  if (permissions === 'write-all') return () => 'write';
  if (permissions === 'read-all') return () => 'read';
  return (scope) =>
    isRecord(permissions) && typeof permissions[scope] === 'string'
      ? (permissions[scope] as string)
      : undefined;
}

/** The permissions a pyrelease step needs with its inputs, on a workflow with these triggers. */
function neededPermissions(step: Record<string, Node>, triggers: readonly string[]): string[] {
  const given = isRecord(step.with) ? step.with : {};
  const text = (name: string) => (typeof given[name] === 'string' ? given[name] : '');
  const mode = text('mode') || 'auto';
  const releases = triggers.some((trigger) => trigger !== 'pull_request');
  if (!releases || ['check', 'build'].includes(mode) || String(given['dry-run']) === 'true') {
    return [];
  }
  const githubRelease = text('github-release') || 'draft, attach-files, close-milestone';
  const needs = ['contents'];
  if (githubRelease.includes('close-milestone')) needs.push('issues');
  if (!text('pypi-token') && text('repository-url') !== 'none') needs.push('id-token');
  return needs;
}

/**
 * A job that declares `permissions` must grant what its pyrelease steps need with their defaults:
 * `contents: write` for the release, `issues: write` to close the milestone, `id-token: write` for
 * trusted publishing. A job without `permissions` gets the repository's default token.
 */
export function permissionProblems(text: string): string[] {
  const root = parseDocument(text).toJS() as Node;
  if (!isRecord(root) || !isRecord(root.jobs)) return [];
  const on = root.on ?? root[true as unknown as string];
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
  const problems: string[] = [];
  for (const [name, job] of Object.entries(root.jobs)) {
    if (!isRecord(job)) continue;
    const permissions = job.permissions ?? root.permissions;
    if (permissions === undefined) continue;
    const grant = granted(permissions);
    for (const step of stepsIn(job).filter((step) => PYRELEASE.test(step.uses as string))) {
      for (const scope of neededPermissions(step, triggers as string[])) {
        if (grant(scope) !== 'write') problems.push(`job ${name} needs ${scope}: write`);
      }
    }
  }
  return problems;
}
